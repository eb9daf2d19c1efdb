@testable import CommuniqueKit
import Testing

/// The words of a line that dates are read from: cut on bytes where that gives the words cut on characters.
@Suite struct DateWordsTests {
    /// The words as cut on characters: what the byte cut must give.
    func characterWords(_ line: String) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" || $0 == "\t" }).map(String.init)
    }

    @Test(arguments: [
        "RIGA, 9 March 2016 – Officers met",
        "Tartu,\u{A0}22\u{A0}May\u{A0}2014 — text",
        "Published:\t12/03/2013,, 10:22 AM ",
        "“Ports” … ‘customs’ -- Łódź, 3 mai 2019",
        "",
        " , \t",
    ])
    func bytesCutWhereCharactersDo(line: String) {
        #expect(DateExpression.words(of: line) == characterWords(line))
    }

    @Test func aSpaceJoinedToAMarkIsNoSeparator() {
        // The space and the combining accent after it are one character, which is no space: no word ends there.
        let line = "Tartu \u{301}3 May"
        #expect(DateExpression.words(of: line) == ["Tartu \u{301}3", "May"])
        #expect(DateExpression.words(of: line) == characterWords(line))
    }

    @Test func aLineOfAnotherScriptIsCutOnCharacters() {
        let line = "Тарту, 3 мая 2019 — ✓ 🇪🇪"
        #expect(DateExpression.words(of: line) == characterWords(line))
        #expect(DateExpression.words(of: line).count == 7)
    }
}

import Foundation
@testable import CommuniqueKit
import Testing

/// The reader trims lines without Foundation; it must trim exactly what Foundation's whitespace set trims.
@Suite struct TextTrimmingTests {
    static let lines = [
        "", " ", "\t", "  Press release  ", "\tHeadline\t", "\u{00A0}Non-breaking\u{2003}", "\u{3000}ideographic\u{3000}",
        "line\r", "\r", " \u{0301}mark", "no spaces", "inner  spaces kept", "\u{200B}zero width\u{200B}", "a\n",
    ]

    @Test(arguments: lines)
    func trimsWhatFoundationTrims(line: String) {
        #expect(line.trimmingSpaces() == line.trimmingCharacters(in: .whitespaces))
        #expect(line.isBlank == line.trimmingCharacters(in: .whitespaces).isEmpty)
    }

    @Test func monthsByEveryFormTheyAreWrittenIn() {
        #expect(CalendarDate.month(named: "September") == 9 && CalendarDate.month(named: "Sept.") == 9 && CalendarDate.month(named: "sep") == 9)
        #expect(CalendarDate.month(named: "May") == 5 && CalendarDate.month(named: "DEC") == 12)
        #expect(CalendarDate.month(named: "Septem") == nil && CalendarDate.month(named: "Ju") == nil && CalendarDate.month(named: "Mayday") == nil)
    }

    static let texts = ["", "\n", "one", "one\ntwo", "a\n\nb\n", "\u{301}\nmark after a line feed\n\u{301}", "dash – and ’quotes’\nZürich", "cr\r\nlf\rcr"]

    @Test(arguments: texts)
    func linesSplitWhereCharactersSplit(text: String) {
        #expect(ReleaseFileReader.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test(arguments: texts + [String(repeating: "é", count: 150) + "\nnext", String(repeating: "e\u{301}", count: 210), String(repeating: "x", count: 300),
                           String(repeating: "x", count: 199) + "ééé", String(repeating: "x", count: 250) + "\nnext", "x\u{301}" + String(repeating: "x", count: 250)])
    func aDatelineIsReadInTheFirstLineUpTo200Characters(text: String) {
        #expect(Dateline.firstLine(of: text) == String(text.prefix { $0 != "\n" }.prefix(200)))
    }

    @Test func aTextIsTheSameAsDataOnlyWithTheSameBytes() {
        #expect(ReleaseFileReader.isSame("Zürich – x", as: Data("Zürich – x".utf8)))
        #expect(ReleaseFileReader.isSame("", as: Data()))
        #expect(!ReleaseFileReader.isSame("a\nb", as: Data("a\r\nb".utf8)))
        #expect(!ReleaseFileReader.isSame("abc", as: Data("abd".utf8)))
        #expect(!ReleaseFileReader.isSame("x", as: Data([0xEF, 0xBB, 0xBF, 0x78])))
    }
}

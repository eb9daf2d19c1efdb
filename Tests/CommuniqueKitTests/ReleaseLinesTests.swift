@testable import CommuniqueKit
import Testing

/// A release's lines are cut at its line feeds as its characters are: every line kept, empty ones too.
@Suite struct ReleaseLinesTests {
    static let texts = ["", "\n", "one line", "a\nb", "\n\nlead and trail\n\n", "Zürich – Genève\n\u{301}accent\n王毅\n🇦🇹",
                        "crlf\r\nkept\r\ntogether", "tab\tand   spaces\n \n"]

    @Test(arguments: texts)
    func linesAreTheCharactersSplitAtLineFeeds(text: String) {
        let lines = ReleaseFileReader.lines(of: text)
        #expect(lines == text.split(separator: "\n", omittingEmptySubsequences: false))
        #expect(lines.count == text.utf8.filter { $0 == 10 }.count + 1 || text.contains("\r\n"))
    }
}

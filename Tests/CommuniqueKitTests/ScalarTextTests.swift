@testable import CommuniqueKit
import Testing

/// The extractor reads a text's scalars by decoding its bytes by hand; they must be the standard library's.
@Suite struct ScalarTextTests {
    static let texts = ["", "plain ASCII", "Zürich – Genève", "Владимир", "王毅 said", "emoji 🇦🇹 flag", "e\u{301} combining", "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
                         // Runs of ASCII around eight bytes (read eight at a time), broken at each place.
                         "exactly8", "1234567\u{E9}", "12345678\u{E9}", "123456789\u{E9}x", "\u{E9}12345678",
                         "sixteen bytes ab and a tail", String(repeating: "abcdefghij", count: 4) + "\u{FC}123456789\u{1F600}1234567"]

    @Test(arguments: texts)
    func scalarsAndStretchesAreTheStandardLibrarys(text: String) {
        let read = ScalarText(text)
        let scalars = Array(text.unicodeScalars)
        #expect(read.scalars == scalars)
        #expect(read.count == scalars.count)
        for from in 0...scalars.count {
            for to in from...scalars.count {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[from..<to])
                #expect(read.string(from, to) == String(expected))
            }
        }
    }
}

@testable import CommuniqueKit
import Testing

/// The extractor reads a text's scalars by decoding its bytes by hand; they must be the standard library's.
@Suite struct ScalarTextTests {
    static let texts = ["", "plain ASCII", "Zürich – Genève", "Владимир", "王毅 said", "emoji 🇦🇹 flag", "e\u{301} combining", "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"]

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

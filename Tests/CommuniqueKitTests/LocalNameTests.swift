@testable import CommuniqueKit
import Testing

/// The local names a build mints for every mention, written byte by byte.
@Suite struct LocalNameTests {
    @Test func aPhraseIsNamedByItsDocumentAndBothOffsetsInDecimal() {
        #expect(LocalName.mention(document: "release-x", start: 12, end: 30) == "release-x-12-30")
        let numbers = [0, 1, 9, 10, 99, 100, 101, 999, 1000, 65_536, 1_234_567, Int.max]
        for start in numbers {
            for end in numbers {
                #expect(LocalName.mention(document: "release-b\u{E9}-2", start: start, end: end) == "release-b\u{E9}-2-\(start)-\(end)")
            }
        }
        #expect(LocalName.mention(document: "", start: 7, end: 0) == "-7-0")
    }
}

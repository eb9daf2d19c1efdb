@testable import CommuniqueKit
import Testing

/// Two tokens have the same key whatever their word classes as written.
@Suite struct SameKeyTests {
    @Test func tokensOfOneKeyAreToldAlikeAndOthersApart() throws {
        let text = "A headline\nRIGA, 2 May 2019 – The Ministry and the ministry held a Seminar, a seminar and seminars."
        let release = ReleaseFileReader().parse(text, fileName: "keys.txt")
        let annotated = AnnotatedRelease(extractor: InventedText.extractor, release: release)
        let texts = annotated.tokens.map(\.text)
        try #require(["Ministry", "ministry", "Seminar", "seminar", "seminars", "The", "the"].allSatisfy(texts.contains))
        func at(_ text: String) -> Int { texts.firstIndex(of: text)! }
        // "Ministry" is an organization's head as written, "ministry" is not: their keys are one.
        #expect(annotated.classes[at("Ministry")] != annotated.classes[at("ministry")])
        #expect(annotated.hasSameKey(at("Ministry"), at("ministry")))
        #expect(annotated.hasSameKey(at("Seminar"), at("seminar")) && annotated.hasSameKey(at("the"), at("The")))
        #expect(!annotated.hasSameKey(at("seminar"), at("seminars")) && !annotated.hasSameKey(at("Ministry"), at("Seminar")))
        for i in annotated.tokens.indices {
            for j in annotated.tokens.indices {
                #expect(annotated.hasSameKey(i, j) == (annotated.tokens[i].key == annotated.tokens[j].key))
            }
        }
    }
}

import CommuniqueKit
import Testing

/// States and known organizations named in the headline.
@Suite struct HeadlineStageTests {
    @Test func theHeadlineMentionsStatesAndOrganizations() {
        let found = InventedText.extract("RIGA, 2 March 2016 – Officers met.", headline: "Latvian and Estonian officers train with UNODC")
        #expect(InventedText.names(found, .state) == ["Latvia", "Estonia"])
        #expect(InventedText.names(found, .organization).contains("United Nations Office on Drugs and Crime"))
    }

    @Test func aHeadlineMentionCountsScalarsOfTheFileNotBytes() throws {
        // A site's line before the headline, with letters of two bytes and a dash of three.
        let text = "Über uns — Ö\nLatvian and Estonian officers train with UNODC\nRIGA, 2 March 2016 – Officers met."
        let found = InventedText.extractor.extract(ReleaseFileReader().parse(text, fileName: "test.txt"))
        let latvia = try #require(found.entities.values.first { $0.name == "Latvia" })
        let spans = found.mentions.filter { $0.key == latvia.key }.map(\.span)
        // "Über uns — Ö\n" is 13 scalars (17 bytes).
        #expect(spans.map(\.start) == [13])
        #expect(spans.map(\.text) == ["Latvian"])
    }

    @Test func aNameAfterLettersBeyondASCIIInTheHeadlineHasItsOwnText() throws {
        let text = "Ære and Öl — Latvian officers train with UNODC\nRIGA, 2 March 2016 – Officers met."
        let found = InventedText.extractor.extract(ReleaseFileReader().parse(text, fileName: "test.txt"))
        let latvia = try #require(found.entities.values.first { $0.name == "Latvia" })
        let spans = found.mentions.filter { $0.key == latvia.key }.map(\.span)
        // "Ære and Öl — " is 13 scalars (16 bytes).
        #expect(spans.map(\.start) == [13])
        #expect(spans.map(\.text) == ["Latvian"])
        #expect(found.mentions.contains { $0.span.text == "UNODC" && $0.span.start == 41 })
    }
}

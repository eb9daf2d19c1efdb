import CommuniqueKit
import Testing

/// States and known organizations named in the headline.
@Suite struct HeadlineStageTests {
    @Test func theHeadlineMentionsStatesAndOrganizations() {
        let found = InventedText.extract("RIGA, 2 March 2016 – Officers met.", headline: "Latvian and Estonian officers train with UNODC")
        #expect(InventedText.names(found, .state) == ["Latvia", "Estonia"])
        #expect(InventedText.names(found, .organization).contains("United Nations Office on Drugs and Crime"))
    }

    /// A site's line before the headline (letters of two bytes, a dash of three), and letters beyond ASCII
    /// inside the headline before the name: offsets count scalars of the file, and the name keeps its text.
    @Test(arguments: [
        "Über uns — Ö\nLatvian and Estonian officers train with UNODC\nRIGA, 2 March 2016 – Officers met.",
        "Ære and Öl — Latvian officers train with UNODC\nRIGA, 2 March 2016 – Officers met.",
    ])
    func aHeadlineMentionCountsScalarsOfTheFileNotBytes(text: String) throws {
        let found = InventedText.extractor.extract(ReleaseFileReader().parse(text, fileName: "test.txt"))
        let latvia = try #require(found.entities.values.first { $0.name == "Latvia" })
        let spans = found.mentions.filter { $0.key == latvia.key }.map(\.span)
        // "Über uns — Ö\n" and "Ære and Öl — " are both 13 scalars (17 and 16 bytes).
        #expect(spans.map(\.start) == [13])
        #expect(spans.map(\.text) == ["Latvian"])
        #expect(found.mentions.contains { $0.span.text == "UNODC" })
    }
}

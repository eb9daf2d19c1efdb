import CommuniqueKit
import Testing

/// The organizations of the `Source:` metadata.
@Suite struct SourceStageTests {
    @Test func sourcesResolveToKnownAndNewOrganizations() throws {
        let page = """
            Press release
            Officers train on precursor control
            - Date:
            - Place:
            - TBILISI
            - Source:
            - UNODC, Regional Drug Observatory
            TBILISI, 4 May 2016 – The text of the article.
            """
        let found = InventedText.extractor.extract(ReleaseFileReader().parse(page, fileName: "page.txt"))
        #expect(found.sources.map(\.id) == ["unodc", "regional-drug-observatory"])
        #expect(found.entities[try #require(found.sources.last)]?.name == "Regional Drug Observatory")
    }
}

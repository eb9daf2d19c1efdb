import CommuniqueKit
import Testing

/// States and known organizations named in the headline.
@Suite struct HeadlineStageTests {
    @Test func theHeadlineMentionsStatesAndOrganizations() {
        let found = InventedText.extract("RIGA, 2 March 2016 – Officers met.", headline: "Latvian and Estonian officers train with UNODC")
        #expect(InventedText.names(found, .state) == ["Latvia", "Estonia"])
        #expect(InventedText.names(found, .organization).contains("United Nations Office on Drugs and Crime"))
    }
}

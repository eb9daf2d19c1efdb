import CommuniqueKit
import Testing

/// Organizations not in the knowledge files, by a head noun.
@Suite struct UnknownOrganizationStageTests {
    @Test func aCapitalizedPhraseWithAHeadNounIsAnOrganization() {
        let found = InventedText.extract("DUSHANBE, 7 July 2011 – Officers of the State Agency for Drug Control and the Tajik Border Guard Service met.")
        let names = InventedText.names(found, .organization)
        #expect(names.contains("State Agency for Drug Control"))
        #expect(names.contains("Tajik Border Guard Service"))
    }

    @Test func aCapitalizedPhraseWithoutAHeadNounIsNone() {
        let found = InventedText.extract("DUSHANBE, 7 July 2011 – Green Valley Tea was served to Mountain Road guests.")
        #expect(InventedText.names(found, .organization).isEmpty)
    }
}

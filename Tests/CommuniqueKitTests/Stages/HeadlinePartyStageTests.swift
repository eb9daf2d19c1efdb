import CommuniqueKit
import Testing

/// The bodies a headline starts with, as the subject of a verb of holding or support, where the text
/// names no party of the event.
@Suite struct HeadlinePartyStageTests {
    @Test func aShortNameIsTheFirstBodyOfTheTextItBegins() throws {
        let found = InventedText.extract(
            "RIGA, 2 May 2019 – The OSCE Mission to Latvia awarded certificates today to 20 officers who completed a "
                + "two-week training course on port controls. The OSCE Mission to Estonia shared its own course.",
            headline: "OSCE Mission trains Latvian port officers")
        let event = try #require(found.events.first)
        #expect(event.organizers.compactMap { found.entities[$0]?.name } == ["OSCE Mission to Latvia"])
        #expect(event.statements.first { $0.relation == .organizer }?.rule == .organizerInHeadline)
        #expect(event.statements.first { $0.relation == .organizer }?.span.text == "OSCE Mission trains")
    }

    @Test func aKnownNameInATitleCaseHeadlineAndAVerbOfSupport() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – A seminar on container control opened today in Riga.",
                                         headline: "UNODC Supports Seminar on Container Control")
        let event = try #require(found.events.first)
        #expect(event.partners.map(\.id) == ["unodc"] && event.organizers.isEmpty)
        #expect(event.statements.first?.rule == .partnerInHeadline)
    }

    @Test func aNameWithAndInItIsOneBodyAndTakingPartMakesAPartner() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – A seminar on container control opened today in Riga.",
                                         headline: "United Nations Office on Drugs and Crime participates in seminar on ports")
        let event = try #require(found.events.first)
        #expect(event.partners.map(\.id) == ["unodc"])
    }

    @Test func theTextsOwnPartiesComeFirst() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – A seminar on container control was organized by the Latvian Interior Ministry.",
                                         headline: "UNODC trains Latvian officers")
        #expect(try #require(found.events.first).organizers.map(\.id) == ["latvian-interior-ministry"])
    }

    @Test func aSubjectWithAPartThatNamesNoBodyGivesNothing() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – A seminar on container control opened today in Riga.",
                                         headline: "UNODC and Harbour Friends train Latvian officers")
        let event = try #require(found.events.first)
        #expect(event.organizers.isEmpty && event.partners.isEmpty)
    }
}

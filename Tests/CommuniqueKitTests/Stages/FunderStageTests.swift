import CommuniqueKit
import Testing

/// Who paid for the event.
@Suite struct FunderStageTests {
    @Test func statesAndOrganizationsAfterAFundingCue() throws {
        let found = InventedText.extract("BAKU, 1 June 2015 – The course opened today. It was made possible by Sweden and the European Union. Austria sent experts.")
        let event = try #require(found.events.first)
        #expect(event.funders.map(\.id) == ["sweden", "eu"])
        #expect(event.statements.filter { $0.relation == .funder }.allSatisfy { $0.rule == .funderAfterCue })
        #expect(event.statements.first { $0.relation == .funder }?.span.text == "made possible by Sweden")
    }

    @Test func theListEndsAtAnAppositionAndModifiersAreNoFunders() throws {
        let found = InventedText.extract("""
            BAKU, 1 June 2015 – The course opened today. It was co-financed by Norway, an OSCE participating State, \
            and involved UNODC experts. The EU-funded project went on.
            """)
        #expect(try #require(found.events.first).funders.map(\.id) == ["norway"])
    }

    @Test func aGovernmentIsOneFunderNotAlsoItsState() throws {
        let found = InventedText.extract("BAKU, 1 June 2015 – The seminar opened today. It was funded by the United States Government.")
        let funders = try #require(found.events.first).funders
        #expect(funders.count == 1)
        #expect(found.entities[try #require(funders.first)]?.name == "United States Government")
    }
}

import CommuniqueKit
import Testing

/// Where the event is held.
@Suite struct EventPlaceStageTests {
    func place(_ body: String) throws -> String? {
        try #require(InventedText.extract(body, headline: "Officers meet on port security").events.first).place
    }

    @Test func aVerbOfHoldingWithItsPlaceOverridesTheDateline() throws {
        #expect(try place("RIGA, 2 May 2019 – The seminar on ports, which took place in Jurmala at the Academy, ended today.") == "Jurmala")
    }

    @Test func aPlaceRightAfterTheEventNoun() throws {
        #expect(try place("RIGA, 2 May 2019 – Officers attended a workshop in Daugavpils on container control.") == "Daugavpils")
    }

    @Test func aVisitGoesToAState() throws {
        #expect(try place("RIGA, 2 May 2019 – Ten officers returned from a study visit to Estonia on border checks.") == "Estonia")
    }

    @Test func otherwiseTheDatelinesPlace() throws {
        #expect(try place("RIGA, 2 May 2019 – The seminar brought together officers in April from the Customs Board.") == "Riga")
    }

    @Test func withoutADatelineTheLeadsPlace() throws {
        #expect(try place("Officers from five countries met in Liepaja for a seminar on ports.") == "Liepaja")
    }
}

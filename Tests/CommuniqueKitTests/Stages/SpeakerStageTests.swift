import CommuniqueKit
import Testing

/// The event's speakers, once each, in the order they spoke.
@Suite struct SpeakerStageTests {
    @Test func everyoneWhoSpokeOnceInOrder() throws {
        let found = InventedText.extract("""
            KYIV, 3 March 2017 – The workshop opened today. “Borders need data,” said Olena Bondar, the Head of the Unit. \
            Ivan Petrenko stressed the role of training. Bondar said more was needed.
            """)
        let event = try #require(found.events.first)
        #expect(event.speakers.map(\.id) == ["olena-bondar", "ivan-petrenko"])
        let rules = event.statements.filter { $0.relation == .speaker }.map(\.rule)
        #expect(rules.count == 2)
        #expect(rules.last == .speakerBySpeechVerb)
    }
}

import CommuniqueKit
import Testing

/// The reported event: its noun, label, type and dates.
@Suite struct EventStageTests {
    @Test func eventLabelIsTheBestDescribedMentionWithoutItsDuration() throws {
        let found = InventedText.extract("PRAGUE, 2 May 2017 – Experts meet today for the two-day conference. The OSCE-wide anti-trafficking conference ends tomorrow.")
        let event = try #require(found.events.first)
        #expect(event.label == "OSCE-wide anti-trafficking conference")
        #expect(event.end?.iso8601 == "2017-05-03")
    }

    @Test func yesterdayPutsTheEventADayBeforeTheRelease() throws {
        let found = InventedText.extract("RIGA, 9 March 2016 – A regional workshop on precursor control, held in the capital, ended yesterday.")
        let event = try #require(found.events.first)
        #expect(event.type == "workshop")
        #expect(event.start == nil)
        #expect(event.end?.iso8601 == "2016-03-08")
        #expect(event.label == "Regional workshop on precursor control")
    }

    @Test func aReleaseWithNoEventNounHasNoEvent() {
        let found = InventedText.extract("RIGA, 9 March 2016 – The Minister said that the border is secure.")
        #expect(found.events.isEmpty)
    }
}

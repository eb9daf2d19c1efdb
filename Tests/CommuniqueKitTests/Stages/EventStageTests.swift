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

    @Test func aMentionMarkedByItsDurationOrAgentIsTheEventOverAnEarlierOne() throws {
        let found = InventedText.extract("OSLO, 4 June 2019 – Officers who teach staff training took part in a three-day study visit to Denmark that ended today.")
        let event = try #require(found.events.first)
        #expect(event.type == "visit")
        #expect(event.start?.iso8601 == "2019-06-02")
        let agent = InventedText.extract("OSLO, 4 June 2019 – After a meeting of experts, the UNODC-sponsored seminar on ports opened today.")
        #expect(agent.events.first?.type == "seminar")
    }

    @Test func aPluralEventNounIsTheEventOnlyWhereItIsMarked() throws {
        let marked = InventedText.extract("OSLO, 4 June 2019 – OSCE-organized courses for 40 police officers ended today.")
        #expect(marked.events.first?.type == "course")
        #expect(marked.events.first?.label == "OSCE-organized courses")
        let unmarked = InventedText.extract("OSLO, 4 June 2019 – The Minister said regular meetings keep the border secure.")
        #expect(unmarked.events.isEmpty)
    }

    @Test func aDurationBeforeTheNameOfACourseMarksItsKind() throws {
        let found = InventedText.extract("""
            RIGA, 2 May 2019 – Officers taking part in a group exercise, Riga. Twenty officers completed today a \
            ten-day Border Awareness (BA) course at the Latvian Border Guard College.
            """)
        let event = try #require(found.events.first)
        #expect(event.type == "course")
    }
}

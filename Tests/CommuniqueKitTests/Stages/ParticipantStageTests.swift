import CommuniqueKit
import Testing

/// The number of participants.
@Suite struct ParticipantStageTests {
    @Test func aCountAfterAGatheringVerb() throws {
        let found = InventedText.extract("MINSK, 2 October 2014 – The seminar brought together 35 customs officers from five countries.")
        let event = try #require(found.events.first)
        #expect(event.participantCount == 35)
        #expect(event.participantCountSpan?.text == "35 customs officers")
        #expect(event.participantCountRule == .participantCount)
    }

    @Test func aYearIsNoCount() throws {
        let found = InventedText.extract("MINSK, 2 October 2014 – The seminar recalled the 2010 experts meeting.")
        #expect(try #require(found.events.first).participantCount == nil)
    }
}

import CommuniqueKit
import Testing

/// What the event follows.
@Suite struct PrecedentStageTests {
    @Test func precedentDecisionsAndEvents() throws {
        let found = InventedText.extract("""
            ASTANA, 3 March 2021 – The seminar followed a September 2019 decision by the OSCE Permanent Council. \
            The seminar builds on the 2018 regional conference on border security, Murat Aliev said.
            """)
        let precedents = try #require(found.events.first).precedents
        #expect(precedents.map(\.name) == ["September 2019 decision by the OSCE Permanent Council", "2018 regional conference on border security"])
        #expect(precedents.map(\.kind) == [.document, .event])
        #expect(precedents.first?.creator?.id == "osce-permanent-council")
        #expect(precedents.first?.year == 2019 && precedents.first?.month == 9)
        #expect(precedents.last?.year == 2018 && precedents.last?.month == nil)
    }

    @Test func unrelatedFollowingIsNoPrecedent() throws {
        let found = InventedText.extract("VIENNA, 3 March 2021 – The training course opened today. Its mandate was growing following requests by the participating States.")
        #expect(try #require(found.events.first).precedents.isEmpty)
    }

    @Test func precedentsSayWhichCueReadThem() throws {
        let found = InventedText.extract("""
            VIENNA, 3 March 2021 – The seminar followed a 2019 decision by the OSCE Ministerial Council. \
            It was held pursuant to the 2012 action plan.
            """)
        let precedents = try #require(found.events.first).precedents
        #expect(precedents.map(\.rule) == [.precedentAfterEventSubject, .precedentCue])
    }
}

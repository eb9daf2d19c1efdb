@testable import CommuniqueKit
import Testing

/// The stages run in an order where each finds what it needs.
@Suite struct StageOrderTests {
    @Test func everyStageNeedsOnlyWhatEarlierStagesAdd() {
        #expect(StageOrder.unmetNeed() == nil)
    }

    @Test func anOrderThatRunsAStageTooEarlyIsCaught() throws {
        let misplaced: [any ExtractionStage] = [EventPartyStage(), KnownNameStage(), EventStage()]
        let unmet = try #require(StageOrder.unmetNeed(in: misplaced))
        #expect(unmet.stage == "EventPartyStage")
        #expect(unmet.missing.contains(.eventIdentity))
    }
}

@testable import CommuniqueKit
import Testing

/// Where a dateline ends: the dash is found in one pass over the line's bytes, and must be the one that looking
/// for each dash in turn over the whole line finds.
@Suite struct DatelineDashTests {
    /// Each dash looked for over the whole line, in the order of preference: the first that occurs wins.
    func dashOffsetLookingForEachInTurn(_ line: String) -> Int? {
        let bytes = Array(line.utf8)
        for dash in [" -- ", " – ", " — ", " - ", " ? ", " –", " —", " -"].map({ Array($0.utf8) }) where bytes.count >= dash.count {
            if let start = (0...(bytes.count - dash.count)).first(where: { Array(bytes[$0..<($0 + dash.count)]) == dash }) {
                return start
            }
        }
        return nil
    }

    @Test(arguments: [
        "", " ", "-", " -", "no dash here", "A - b – c", "A –b - c", "A - b -- c", "A –b —c -d", "x -",
        "ÉCOLE, 3 mai – texte", "A ? b", "A ?b - c", "A  --  b", "Co-operation - the - word", "A —  b - c —d",
        "WORDS, words, and words, and a dash much later than the thirty-second byte – here",
    ])
    func theDashIsTheFirstThatLookingForEachInTurnFinds(line: String) {
        #expect(Dateline.dashOffset(in: line) == dashOffsetLookingForEachInTurn(line))
    }

    @Test func aPreferredDashLaterInTheLineWinsOverAnotherEarlier() {
        #expect(Dateline.dashOffset(in: "A - b -- c") == 5)
        #expect(Dateline.dashOffset(in: "A –b - c") == 6)
        #expect(Dateline.dashOffset(in: "A –b") == 1)
    }

    @Test(arguments: ["July seventeen", "Mayo ٣ de", "VIENNA – text", "", "Co-operation, (and) more"])
    func aTextWithoutAnASCIIDigitHoldsNoDate(text: String) {
        #expect(!DateExpression.mayHold(text))
        #expect(DateExpression.first(in: DateExpression.words(of: text)) == nil)
    }

    @Test func aTextWithADigitMayHoldADate() {
        #expect(DateExpression.mayHold("17 July"))
        #expect(DateExpression.mayHold("July 17"))
        #expect(DateExpression.first(in: DateExpression.words(of: "17 July")) != nil)
    }

    @Test(arguments: ["VIENNA, Austria", "VIENNA, Austria, the capital", "Vienna"])
    func aLineWithNeitherDateNorDashIsNoDateline(text: String) {
        #expect(Dateline(parsing: text) == nil)
    }

    @Test func aPlaceAloneIsADatelineOnlyWithADash() {
        #expect(Dateline(parsing: "MIRANDEL, Norland – text")?.place == "Mirandel")
        #expect(Dateline(parsing: "MIRANDEL, Norland text") == nil)
    }
}

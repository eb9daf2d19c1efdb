import CommuniqueKit
import Testing

/// Keys hash as they compare: the same kind and identifier give the same hash, and a table tells apart
/// keys that differ in either.
@Suite struct FindingsKeyTests {
    static let kinds: [Findings.Key.Kind] = [.person, .organization, .state, .event]

    @Test func equalKeysHashAlike() {
        for kind in FindingsKeyTests.kinds {
            let a = Findings.Key(kind: kind, id: "harbour-board"), b = Findings.Key(kind: kind, id: String("harbour-board-x".dropLast(2)))
            #expect(a == b && a.hashValue == b.hashValue)
        }
    }

    @Test func identifiersEqualAsSwiftComparesThemHashAlike() {
        for (written, other) in [("caf\u{E9}-board", "cafe\u{301}-board"), ("\u{212A}-unit", "K-unit")] {
            let a = Findings.Key(kind: .organization, id: written), b = Findings.Key(kind: .organization, id: other)
            #expect(a == b && a.hashValue == b.hashValue)
            #expect(Set([a, b]).count == 1)
        }
    }

    @Test func aTableTellsKindsAndIdentifiersApart() {
        var table: [Findings.Key: Int] = [:]
        for (k, kind) in FindingsKeyTests.kinds.enumerated() {
            for id in ["", "a", "quorn-hall", "ministry-of-tides"] { table[Findings.Key(kind: kind, id: id)] = k * 10 + id.count }
        }
        #expect(table.count == 16)
        #expect(table[Findings.Key(kind: .state, id: "quorn-hall")] == 20 + 10)
        #expect(table[Findings.Key(kind: .event, id: "")] == 30)
        #expect(table[Findings.Key(kind: .person, id: "quorn")] == nil)
    }
}

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

    @Test func tablesFileEqualKeysAlikeWhateverTheirSeed() {
        let pairs = [("harbour-board", String("harbour-board-x".dropLast(2))), ("\u{212A}-unit", "K-unit"), ("caf\u{E9}", "cafe\u{301}")]
        for (written, other) in pairs {
            let a = Findings.Key(kind: .organization, id: written), b = Findings.Key(kind: .organization, id: other)
            for seed in [0, 1, -1, 0x5EED, Int.max, Int.min] { #expect(a._rawHashValue(seed: seed) == b._rawHashValue(seed: seed)) }
        }
    }

    @Test func manyKeysSpreadOverATable() {
        // Ten thousand identifiers that differ in a digit, in every kind: all found again, and their hashes
        // (as a table of that size files them) nearly all different.
        let keys = FindingsKeyTests.kinds.flatMap { kind in (0..<2_500).map { Findings.Key(kind: kind, id: "body-\($0)") } }
        let table = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, $0.offset) })
        #expect(keys.enumerated().allSatisfy { table[$0.element] == $0.offset })
        let hashes = Set(keys.map { $0._rawHashValue(seed: 42) })
        #expect(hashes.count >= keys.count - 1)
        let seeded = Set(keys.map { $0._rawHashValue(seed: 42) & 0x3FFF })
        #expect(seeded.count > 6_000, "\(seeded.count) of 16,384 low slots used by 10,000 keys")
    }
}

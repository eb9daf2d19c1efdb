/// A set of cue kinds as the bits of one number: the kinds a word is of, or starts a phrase of, tested
/// without hashing the word again.
struct CueKindSet: Sendable, Equatable {
    private var bits: UInt128 = 0

    static let capacity = UInt128.bitWidth

    func contains(_ kind: CueLexicon.Kind) -> Bool { bits & (1 << UInt128(kind.rawValue)) != 0 }

    mutating func insert(_ kind: CueLexicon.Kind) {
        precondition(kind.rawValue < CueKindSet.capacity, "more cue kinds than CueKindSet holds")
        bits |= 1 << UInt128(kind.rawValue)
    }
}

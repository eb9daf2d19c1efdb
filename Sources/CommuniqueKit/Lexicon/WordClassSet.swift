/// A set of word classes as the bits of one number: what a token is, tested without hashing its text.
struct WordClassSet: Sendable, Equatable {
    private var bits: UInt32 = 0

    init() {}

    func contains(_ wordClass: WordClass) -> Bool { bits & (1 << UInt32(wordClass.rawValue)) != 0 }

    mutating func insert(_ wordClass: WordClass) {
        precondition(wordClass.rawValue < UInt32.bitWidth, "more word classes than WordClassSet holds")
        bits |= 1 << UInt32(wordClass.rawValue)
    }

    mutating func formUnion(_ other: WordClassSet) { bits |= other.bits }
}

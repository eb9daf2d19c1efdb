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

    /// The classes of the set that are looked up by a token's key (`WordClass.isWritten` false): tokens
    /// with the same key have the same ones.
    var byKey: WordClassSet {
        var set = WordClassSet()
        set.bits = bits & WordClassSet.byKeyBits
        return set
    }

    private static let byKeyBits: UInt32 = WordClass.allCases.filter { !$0.isWritten }.reduce(0) { $0 | 1 << UInt32($1.rawValue) }
}

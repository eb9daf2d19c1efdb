/// The tokens of one text by their bytes, so that a token spelled as an earlier one is told which: a word
/// that comes again ("the", "OSCE", a surname) takes that token's strings and word classes instead of
/// making and looking up its own.
///
/// An open-addressing table of the first token of each spelling, filed under an FNV-1a hash of its bytes;
/// a match is the same bytes, compared byte by byte.
struct RepeatedSpellings {
    /// For each slot, the number of its spelling plus one (0: an empty slot).
    private var slots: [UInt32]
    private var mask: Int
    /// Each spelling met: the high bits of its hash, its bytes, and the first token spelled so.
    private var spellings: [(high: UInt32, bytes: Range<Int>, token: Int)] = []

    /// A table for about `expected` distinct spellings before it grows.
    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        spellings.reserveCapacity(expected)
    }

    /// The first token spelled `bytes[range]`, or nil: then the token `number` is filed as the first.
    mutating func earlier(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, number: Int) -> Int? {
        var hash = FNV1a.basis
        for index in range { hash = FNV1a.step(hash, bytes[index]) }
        let high = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = RepeatedSpellings.slot(of: high) & mask
        while slots[slot] != 0 {
            let spelling = spellings[Int(slots[slot] - 1)]
            if spelling.high == high, RepeatedSpellings.same(range, spelling.bytes, in: bytes) { return spelling.token }
            slot = (slot + 1) & mask
        }
        spellings.append((high, range, number))
        slots[slot] = UInt32(spellings.count)
        if spellings.count * 2 > slots.count { grow() }
        return nil
    }

    /// Whether two ranges of the bytes hold the same bytes.
    private static func same(_ a: Range<Int>, _ b: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var i = a.lowerBound, j = b.lowerBound
        while i < a.upperBound {
            if bytes[i] != bytes[j] { return false }
            i &+= 1
            j &+= 1
        }
        return true
    }

    /// Refiles every spelling in a table twice the size.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (index, spelling) in spellings.enumerated() {
            var slot = RepeatedSpellings.slot(of: spelling.high) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index + 1)
        }
    }

    /// The slot of a hash's high bits (before masking), mixed so that the low bits depend on all of them.
    private static func slot(of high: UInt32) -> Int { Int(truncatingIfNeeded: (UInt64(high) &* 0x9E37_79B9_7F4A_7C15) >> 24) }
}

import Foundation

/// A table from words to values that looks up an ASCII word by its bytes (a 64-bit FNV-1a hash, open
/// addressing, a byte comparison) instead of hashing a `String`, the cost of a dictionary look-up that
/// most tokens pay; any other word is looked up in the dictionary the table was made from.
///
/// The answers are the dictionary's: a key that is not ASCII but equal, as a `String`, to an ASCII word
/// (a Kelvin sign for a K) is also filed under that word's bytes.
///
/// ```swift
/// let table = WordTable(["talks": 1, "größe": 2])
/// table["talks"]   // 1, from the bytes
/// table["größe"]   // 2, from the dictionary
/// ```
struct WordTable<Value: Sendable>: Sendable {
    private let dictionary: [String: Value]
    /// The bytes of the ASCII keys, one after another.
    private var keyBytes: [UInt8] = []
    /// Where each entry's key lies in `keyBytes` (its start in the high 32 bits, its count in the low ones),
    /// and its value.
    private var entries: [UInt64] = []
    private var values: [Value] = []
    /// For each slot, the index of its entry plus one; 0 is an empty slot.
    private var slots: [UInt32]
    private let mask: Int

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, value) in dictionary {
            if let bytes = WordTable.asciiBytes(of: key) { add(bytes, value) }
        }
    }

    /// The bytes a key is filed under: its own when ASCII, else those of the ASCII string it equals, if any.
    private static func asciiBytes(of key: String) -> [UInt8]? {
        if key.isASCII { return Array(key.utf8) }
        let composed = key.precomposedStringWithCanonicalMapping
        guard composed.isASCII, composed == key else { return nil }
        return Array(composed.utf8)
    }

    private mutating func add(_ bytes: [UInt8], _ value: Value) {
        var slot = bytes.withUnsafeBufferPointer { WordTable.hash($0) } & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        entries.append(UInt64(keyBytes.count) << 32 | UInt64(bytes.count))
        values.append(value)
        keyBytes += bytes
        slots[slot] = UInt32(entries.count)
    }

    /// FNV-1a of the bytes, as a non-negative slot number before masking.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = FNV1a.basis
        for byte in bytes { hash = FNV1a.step(hash, byte) }
        return Int(truncatingIfNeeded: hash >> 1)
    }

    /// The words of the table.
    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    /// The value of a word, as the dictionary has it.
    subscript(word: String) -> Value? {
        let entry = word.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var hash = FNV1a.basis
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                hash = FNV1a.step(hash, byte)
            }
            guard high < 0x80 else { return WordTable.notASCII }
            return find(bytes, Int(truncatingIfNeeded: hash >> 1))
        } ?? WordTable.notASCII
        if entry >= 0 { return values[entry] }
        return entry == WordTable.absent ? nil : dictionary[word]
    }

    /// What `find` answers for a word that is in no entry, and the lookup for a word that is not ASCII.
    private static var absent: Int { -1 }
    private static var notASCII: Int { -2 }

    /// The entry filed under the bytes, whose hash is given, or `absent`.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, _ hash: Int) -> Int {
        keyBytes.withUnsafeBufferPointer { keys in
            slots.withUnsafeBufferPointer { slots in
                entries.withUnsafeBufferPointer { entries -> Int in
                    var slot = hash & mask
                    while slots[slot] != 0 {
                        let entry = Int(slots[slot] - 1), place = entries[entry]
                        if Int(place & 0xFFFF_FFFF) == bytes.count,
                           bytes.count == 0 || memcmp(keys.baseAddress! + Int(place >> 32), bytes.baseAddress!, bytes.count) == 0 {
                            return entry
                        }
                        slot = (slot + 1) & mask
                    }
                    return WordTable.absent
                }
            }
        }
    }
}

/// A hash of a string that agrees with Swift's equality of strings (canonical equivalence) and costs a few
/// instructions per eight bytes where the string is ASCII, as the strings of terms mostly are; `hashValue`
/// runs its hasher over every byte and first asks whether the text is in normal form.
///
/// A string beyond ASCII can equal an ASCII one only through the three scalars whose canonical form is an
/// ASCII character (U+212A KELVIN SIGN is "K", U+037E GREEK QUESTION MARK is ";", U+1FEF GREEK VARIA is
/// "`"): a string of ASCII and those scalars hashes as the ASCII string it equals, and any other string
/// beyond ASCII by `hashValue`, which agrees with equality among such strings.
public enum StringHash {
    /// The hash of a string, equal for strings that are equal as Swift compares them.
    public static func of(_ string: String) -> Int {
        if let hash = string.utf8.withContiguousStorageIfAvailable(StringHash.ascii), let hash { return hash }
        return beyondASCII(string)
    }

    /// The bits of a number spread over the low ones, which a hash table's slot is made of: what a hash of
    /// terms or keys goes through, with a table's seed, before a table files it.
    public static func mixed(_ value: UInt64) -> Int {
        var h = value ^ (value >> 31)
        h = h &* 0xD6E8_FEB8_6659_FD93
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The hash of ASCII bytes, eight at a time, or nil if a byte is not ASCII.
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash = UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
        var high: UInt64 = 0
        var start = 0
        if let base = bytes.baseAddress {
            while start + 8 <= bytes.count {
                let chunk = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
                high |= chunk
                hash = (hash ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 29
                start += 8
            }
        }
        if start < bytes.count {
            var tail: UInt64 = 0
            for index in start..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
            high |= tail
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        hash ^= hash >> 31
        hash = hash &* 0xD6E8_FEB8_6659_FD93
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// A string with a scalar beyond ASCII: the hash of the ASCII string it equals, if it equals one.
    @inline(never) private static func beyondASCII(_ string: String) -> Int {
        guard string.unicodeScalars.allSatisfy({ $0.isASCII || asciiEquivalent($0) != nil }) else { return string.hashValue }
        let bytes = string.unicodeScalars.map { $0.isASCII ? UInt8($0.value) : asciiEquivalent($0)! }
        return bytes.withUnsafeBufferPointer { ascii($0)! }
    }

    /// The ASCII character a scalar beyond ASCII is canonically equivalent to, if any.
    private static func asciiEquivalent(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x212A: UInt8(ascii: "K")
        case 0x037E: UInt8(ascii: ";")
        case 0x1FEF: UInt8(ascii: "`")
        default: nil
        }
    }
}

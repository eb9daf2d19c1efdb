#if canImport(Glibc)
import Glibc
#endif

/// The order of byte strings that C's `memcmp` and `strcmp` give (and Raptor sorts terms by): byte by
/// byte as unsigned numbers, a string before every longer one it begins.
enum ByteOrder {
    /// Negative when `one` comes first, 0 when the two are the same bytes, positive otherwise.
    static func compare(_ one: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(one.count, other.count)
        if common > 0, let first = one.baseAddress, let second = other.baseAddress {
            let difference = memcmp(first, second, common)
            if difference != 0 { return Int(difference) }
        }
        return one.count - other.count
    }

    /// The order of two strings' UTF-8 bytes.
    static func compare(_ one: String, _ other: String) -> Int {
        var one = one, other = other
        return one.withUTF8 { first in other.withUTF8 { second in compare(first, second) } }
    }

    /// The order of two arrays of bytes.
    static func compare(_ one: [UInt8], _ other: [UInt8]) -> Int {
        one.withUnsafeBufferPointer { first in other.withUnsafeBufferPointer { second in compare(first, second) } }
    }
}

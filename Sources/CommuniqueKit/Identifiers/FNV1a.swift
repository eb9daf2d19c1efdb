/// 64-bit FNV-1a of a text's UTF-8: the same on every machine and every run, for names that must not
/// depend on the process (hashed slugs, shard parts), and the step that statement fingerprints build on.
enum FNV1a {
    /// FNV-1a's starting value (its offset basis).
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    static func hash(_ text: String) -> UInt64 {
        var value = basis
        for byte in text.utf8 { value = step(value, byte) }
        return value
    }

    /// The hash with one more byte.
    @inline(__always)
    static func step(_ value: UInt64, _ byte: UInt8) -> UInt64 { (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
}

/// 64-bit FNV-1a of a text's UTF-8: the same on every machine and every run, for names that must not
/// depend on the process (hashed slugs, shard parts).
enum FNV1a {
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return value
    }
}

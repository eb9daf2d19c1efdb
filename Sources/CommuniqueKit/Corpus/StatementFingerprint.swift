/// A 128-bit FNV-1a fingerprint of a statement's N-Triples line (two 64-bit hashes with different bases):
/// 16 bytes to remember a statement by instead of the statement (a collision is about 1 in 10^22 for a
/// million statements).
struct StatementFingerprint: Hashable, Sendable {
    let high: UInt64
    let low: UInt64

    init<Bytes: Sequence<UInt8>>(_ line: Bytes) {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in line {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = b &+ (b >> 29)
        }
        high = a
        low = b
    }
}

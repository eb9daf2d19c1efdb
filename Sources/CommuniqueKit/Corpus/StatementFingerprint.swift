/// A 128-bit FNV-1a fingerprint of a statement's N-Triples line (two 64-bit hashes with different bases):
/// 16 bytes to remember a statement by instead of the statement (a collision is about 1 in 10^22 for a
/// million statements).
struct StatementFingerprint: Hashable, Sendable {
    let high: UInt64
    let low: UInt64

    init<Bytes: Sequence<UInt8>>(_ line: Bytes) {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        StatementFingerprint.feed(line, &a, &b)
        high = a
        low = b
    }

    /// The fingerprint of the line "S P O ." of three terms' N-Triples bytes, without joining them.
    init(subject: [UInt8], predicate: [UInt8], object: [UInt8]) {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        let space: CollectionOfOne<UInt8> = CollectionOfOne(0x20), end: CollectionOfOne<UInt8> = CollectionOfOne(0x2E)
        StatementFingerprint.feed(subject, &a, &b)
        StatementFingerprint.feed(space, &a, &b)
        StatementFingerprint.feed(predicate, &a, &b)
        StatementFingerprint.feed(space, &a, &b)
        StatementFingerprint.feed(object, &a, &b)
        StatementFingerprint.feed(space, &a, &b)
        StatementFingerprint.feed(end, &a, &b)
        high = a
        low = b
    }

    private static func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes, _ a: inout UInt64, _ b: inout UInt64) {
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = b &+ (b >> 29)
        }
    }
}

import RDFModel

/// A 128-bit fingerprint of a statement, made of its three terms' fingerprints: 16 bytes to remember a
/// statement by instead of the statement (were the hashes random, two of a million statements would have
/// the same one about once in 10^26 builds).
///
/// A term's fingerprint is two 64-bit FNV-1a hashes (different bases) of its kind and its strings, each
/// string closed by 0xFF, a byte that UTF-8 never has: terms of the same kind and the same bytes, and
/// (short of a collision) no others, have the same fingerprint. Each term's is made once per document,
/// not once per statement it is in.
struct StatementFingerprint: Hashable, Sendable {
    let high: UInt64
    let low: UInt64

    /// The fingerprint of a statement of three terms, from the terms' fingerprints.
    init(subject: Term.Fingerprint, predicate: Term.Fingerprint, object: Term.Fingerprint) {
        let mixed = StatementFingerprint.mixed
        high = mixed(mixed(mixed(0x9E37_79B9_7F4A_7C15 ^ subject.high) ^ predicate.high) ^ object.high)
        low = mixed(mixed(mixed(0xC2B2_AE3D_27D4_EB4F ^ subject.low) ^ predicate.low) ^ object.low)
    }

    /// The hash a set of fingerprints files one under: its high half, already spread over all 64 bits, with
    /// the set's seed, instead of the hasher's rounds over both halves (the writing thread asks this of every
    /// statement about a corpus-wide entity, and again when the set grows).
    func _rawHashValue(seed: Int) -> Int {
        Int(truncatingIfNeeded: high ^ UInt64(truncatingIfNeeded: seed))
    }

    /// The bits of a number spread over all 64 (SplitMix64's finalizer).
    private static func mixed(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

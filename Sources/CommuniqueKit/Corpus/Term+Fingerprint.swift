import RDFModel

/// Two 64-bit FNV-1a hashes (different bases) of a term's kind and strings, for `StatementFingerprint`.
extension Term {
    /// Two 64-bit hashes of a term.
    struct Fingerprint: Equatable, Sendable {
        var high: UInt64 = FNV1a.basis
        var low: UInt64 = 0x6c62_272e_07bb_0142

        /// Hashes a byte into both (the second folds its high bits down too, to differ from the first more).
        mutating func feed(_ byte: UInt8) {
            high = FNV1a.step(high, byte)
            low = FNV1a.step(low, byte)
            low = low &+ (low >> 29)
        }

        /// Hashes a string's UTF-8 bytes, then 0xFF, which UTF-8 never has, to end it.
        mutating func feed(_ string: String) {
            var string = string
            string.withUTF8 { bytes in
                for byte in bytes { feed(byte) }
            }
            feed(0xFF)
        }
    }

    /// The term's two FNV-1a hashes: of its kind, then of each of its strings.
    var fingerprint: Fingerprint {
        var fingerprint = Fingerprint()
        switch self {
        case .iri(let iri):
            fingerprint.feed(1)
            fingerprint.feed(iri.value)
        case .blank(let blank):
            fingerprint.feed(2)
            fingerprint.feed(blank.id)
        case .literal(let literal):
            // A language and a datatype are told apart by the kind: a literal has one or the other.
            fingerprint.feed(literal.language == nil ? (literal.datatype == nil ? 3 : 4) : 5)
            fingerprint.feed(literal.lexicalForm)
            if let language = literal.language { fingerprint.feed(language) }
            if let datatype = literal.datatype { fingerprint.feed(datatype.value) }
        }
        return fingerprint
    }
}

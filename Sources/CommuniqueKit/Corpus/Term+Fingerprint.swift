import RDFModel

/// Two 64-bit FNV-1a hashes (different bases) of a term's kind and strings, for `StatementFingerprint`.
extension Term {
    /// Two 64-bit hashes of a term.
    struct Fingerprint: Equatable, Sendable {
        var high: UInt64 = 0xcbf2_9ce4_8422_2325
        var low: UInt64 = 0x6c62_272e_07bb_0142

        /// Hashes a byte into both.
        mutating func feed(_ byte: UInt8) {
            high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
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

import RDFModel

extension Term {
    /// Whether every string of the term is ASCII. Only then may a cache keyed by the term hand back the
    /// bytes Raptor wrote for it: Swift's `==` on strings is canonical equivalence, under which two
    /// spellings of a non-ASCII text ("é" composed, "e" and a combining accent) are one key, though Raptor
    /// writes each as it is spelled.
    var isSpelledInASCII: Bool {
        switch self {
        case .iri(let iri): return ascii(iri.value)
        case .blank(let blank): return ascii(blank.id)
        case .literal(let literal):
            return ascii(literal.lexicalForm) && ascii(literal.language ?? "") && ascii(literal.datatype?.value ?? "")
        }
    }

    /// Whether a string's bytes are all below 0x80, read eight at a time.
    private func ascii(_ string: String) -> Bool {
        let checked = string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var index = 0
            while index + 8 <= bytes.count {
                if UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                index += 8
            }
            while index < bytes.count {
                if bytes[index] >= 0x80 { return false }
                index += 1
            }
            return true
        }
        return checked ?? string.utf8.allSatisfy { $0 < 0x80 }
    }
}

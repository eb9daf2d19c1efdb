extension Term: TableHashable {
    /// A hash that agrees with `Term`'s equality (equal strings, as Swift compares them, hash alike): an IRI's
    /// is the one it made with its string.
    var tableHash: Int {
        switch self {
        case .iri(let iri): iri.valueHash
        case .blank(let blank): blank.id.hashValue &* 31 &+ 1
        case .literal(let literal):
            literal.lexicalForm.hashValue ^ ((literal.datatype?.valueHash ?? 0) &* 31) ^ ((literal.language?.hashValue ?? 0) &* 961)
        }
    }
}

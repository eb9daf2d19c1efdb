extension Term: TableHashable {
    /// A hash that agrees with `Term`'s equality (equal strings, as Swift compares them, hash alike: `StringHash`):
    /// an IRI's is the one it made with its string.
    var tableHash: Int {
        switch self {
        case .iri(let iri): iri.valueHash
        case .blank(let blank): StringHash.of(blank.id) &* 31 &+ 1
        case .literal(let literal):
            StringHash.of(literal.lexicalForm) ^ ((literal.datatype?.valueHash ?? 0) &* 31)
                ^ ((literal.language.map(StringHash.of) ?? 0) &* 961)
        }
    }
}

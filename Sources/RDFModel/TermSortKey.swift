/// The fields a term sorts by, which define `Term`'s order: its kind (IRI, blank node, literal), then its
/// string form (for a literal: lexical form, then language, then datatype). Sorting keys compares strings
/// read once from each term; sorting terms copies the terms, with their strings, at every comparison.
struct TermSortKey {
    let kind: UInt8
    let first: String
    let second: String
    let third: String

    init(_ term: Term) {
        switch term {
        case .iri(let iri): (kind, first, second, third) = (0, iri.value, "", "")
        case .blank(let blank): (kind, first, second, third) = (1, blank.id, "", "")
        case .literal(let literal):
            (kind, first, second, third) = (2, literal.lexicalForm, literal.language ?? "", literal.datatype?.value ?? "")
        }
    }

    /// Whether the term of this key sorts before the term of the other.
    func precedes(_ other: TermSortKey) -> Bool {
        if kind != other.kind { return kind < other.kind }
        if first != other.first { return first < other.first }
        if second != other.second { return second < other.second }
        return third < other.third
    }
}

/// Terms sort IRIs first, then blank nodes, then literals; each kind by its string form.
///
/// The order only serves deterministic output: it is total and stable across runs.
extension Term: Comparable {
    public static func < (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)): return a.value < b.value
        case (.blank(let a), .blank(let b)): return a.id < b.id
        case (.literal(let a), .literal(let b)):
            if a.lexicalForm != b.lexicalForm { return a.lexicalForm < b.lexicalForm }
            if a.language != b.language { return (a.language ?? "") < (b.language ?? "") }
            return (a.datatype?.value ?? "") < (b.datatype?.value ?? "")
        default: return lhs.rank < rhs.rank
        }
    }

    private var rank: Int {
        switch self {
        case .iri: 0
        case .blank: 1
        case .literal: 2
        }
    }
}

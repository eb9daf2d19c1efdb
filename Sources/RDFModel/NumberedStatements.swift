/// A graph's statements as numbers into one list of terms, in the graph's own order: for a writer that
/// makes something once per distinct term (a C library's term object) instead of once per statement.
///
/// ```swift
/// let numbered = graph.numberedStatements(withGraphs: false)
/// for statement in numbered.statements { print(numbered.terms[statement.subject]) }
/// ```
public struct NumberedStatements: Sendable {
    /// One statement: indices into `terms`; `graph` is the named graph's (nil for the default graph).
    public struct Statement: Hashable, Sendable {
        public let subject: Int
        public let predicate: Int
        public let object: Int
        public let graph: Int?
    }

    /// Every term the statements use, and the names of their named graphs as IRI terms.
    public let terms: [Term]
    public let statements: [Statement]

    /// The triple of a statement.
    public func triple(_ statement: Statement) -> Triple {
        guard case .iri(let predicate) = terms[statement.predicate] else { preconditionFailure("predicate is not an IRI") }
        return Triple(terms[statement.subject], predicate, terms[statement.object])
    }
}

/// One node of an RDF graph: an IRI, a literal or a blank node.
public enum Term: Hashable, Sendable {
    case iri(IRI)
    case literal(Literal)
    case blank(BlankNode)

    /// The IRI, when the term is one.
    public var iri: IRI? {
        if case .iri(let iri) = self { return iri }
        return nil
    }

    /// The literal, when the term is one.
    public var literal: Literal? {
        if case .literal(let literal) = self { return literal }
        return nil
    }

    /// Whether the term is a blank node.
    public var isBlank: Bool {
        if case .blank = self { return true }
        return false
    }
}

extension Term: CustomStringConvertible {
    /// The term in N-Triples form.
    public var description: String {
        switch self {
        case .iri(let iri): iri.description
        case .literal(let literal): literal.description
        case .blank(let blank): blank.description
        }
    }
}

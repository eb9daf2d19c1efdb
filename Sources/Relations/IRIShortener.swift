import RDFModel

/// Writes IRIs short with known prefixes (`person:jane-doe`) and reads them back.
struct IRIShortener {
    let prefixes: [Namespace]

    func short(_ term: Term) -> String {
        switch term {
        case .iri(let iri):
            // The longest namespace that fits, so `https://…/id/person/` wins over `https://…/id/`.
            let fitting = prefixes.filter { iri.value.hasPrefix($0.iri) && iri.value.count > $0.iri.count }
            guard let ns = fitting.max(by: { $0.iri.count < $1.iri.count }) else { return "<\(iri.value)>" }
            let local = iri.value.dropFirst(ns.iri.count)
            guard local.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }), local.last != "." else { return "<\(iri.value)>" }
            return ns.prefix + ":" + local
        case .blank(let node):
            return "_:" + node.id
        case .literal(let literal):
            return literal.lexicalForm
        }
    }

    /// The IRI of a prefixed name or of `<…>`, or nil when the text is neither.
    func expand(_ text: String) -> IRI? {
        if text.hasPrefix("<"), text.hasSuffix(">") { return IRI(String(text.dropFirst().dropLast())) }
        if text.contains("://") || text.hasPrefix("urn:") { return IRI(text) }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let prefix = String(text[..<colon])
        guard let ns = prefixes.first(where: { $0.prefix == prefix }) else { return nil }
        return IRI(ns.iri + text[text.index(after: colon)...])
    }
}

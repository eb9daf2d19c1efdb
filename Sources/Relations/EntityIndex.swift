public import RDFModel

/// An in-memory index of the entities of a graph and the links between them, for questions about
/// relationships: neighbours are read from adjacency lists, so their cost follows the answer, not the graph.
///
/// Provenance nodes (NIF phrases, reified `rdf:Statement`s, Web Annotations) are not entities: they are
/// read as the evidence of the links they describe. W3C ORG memberships become one link each, from the
/// member to the organization, named by the role.
public struct EntityIndex: Sendable {
    /// Every entity, sorted by term.
    public let entities: [Entity]
    /// The prefixes used to write and read short IRIs (`person:jane-doe`).
    public let prefixes: [Namespace]
    let position: [Term: Int]
    var outgoing: [[Link]]
    var incoming: [[Link]]
    /// Folded names to the entities that bear them.
    let byName: [String: [Int]]

    /// Indexes a graph; `prefixes` are the namespaces known for short IRIs, beside the standard ones.
    public init(graph: Graph, prefixes: [Namespace] = []) {
        self.prefixes = (prefixes + Vocabulary.standard).reduce(into: [Namespace]()) { list, ns in
            if !list.contains(where: { $0.prefix == ns.prefix }) { list.append(ns) }
        }
        let source = IndexSource(graph: graph)
        let sorted = source.entityTerms()
        var position: [Term: Int] = [:]
        for (i, term) in sorted.enumerated() { position[term] = i }
        let shortener = IRIShortener(prefixes: self.prefixes)
        var entities: [Entity] = []
        var byName: [String: [Int]] = [:]
        for (i, term) in sorted.enumerated() {
            let entity = source.entity(term, shortener: shortener)
            entities.append(entity)
            for name in Set(entity.names.map(NameFolding.fold)) where !name.isEmpty { byName[name, default: []].append(i) }
        }
        var links = LinkTable(position: position)
        source.addLinks(to: &links, shortener: shortener)
        self.entities = entities
        self.position = position
        self.outgoing = links.outgoing
        self.incoming = links.incoming()
        self.byName = byName
    }

    /// The entity of a term, if the term is one.
    public func entity(_ term: Term) -> Entity? {
        position[term].map { entities[$0] }
    }

    /// The links that start at the entity.
    public func links(from term: Term) -> [Link] {
        position[term].map { outgoing[$0] } ?? []
    }

    /// The links that end at the entity.
    public func links(to term: Term) -> [Link] {
        position[term].map { incoming[$0] } ?? []
    }

    /// The number of links of the entity, both ways.
    public func degree(of term: Term) -> Int {
        position[term].map { outgoing[$0].count + incoming[$0].count } ?? 0
    }

    /// The IRI (or blank node) written short with the known prefixes.
    public func short(_ term: Term) -> String {
        IRIShortener(prefixes: prefixes).short(term)
    }

    static func linkOrder(_ a: Link, _ b: Link) -> Bool {
        (a.relation, a.source, a.target) < (b.relation, b.source, b.target)
    }

    /// Properties whose IRI values point outside the graph rather than to another entity.
    static func isAttribute(_ predicate: IRI) -> Bool {
        Terms.references.contains(predicate)
    }

    static func shorten(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "…"
    }
}

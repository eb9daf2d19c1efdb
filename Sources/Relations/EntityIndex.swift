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
        let v = EntityIndex.Terms.self
        let triples = graph.triples
        var bySubject: [Term: [Triple]] = [:]
        for triple in triples { bySubject[triple.subject, default: []].append(triple) }
        func objects(_ subject: Term, _ predicate: IRI) -> [Term] {
            (bySubject[subject] ?? []).filter { $0.predicate == predicate }.map(\.object)
        }
        func types(_ subject: Term) -> [IRI] { objects(subject, v.type).compactMap(\.iri) }

        // The named graphs each triple is in: documents, in the output of `communique build --format nquads`.
        var graphsOf: [Triple: [Term]] = [:]
        if !graph.namedGraphs.isEmpty {
            for quad in graph.quads { if let g = quad.graph { graphsOf[quad.triple, default: []].append(.iri(g)) } }
        }
        func documentDate(_ document: Term) -> String? {
            (objects(document, v.datePublished) + objects(document, v.dcDate)).compactMap(\.literal).first.map(\.lexicalForm)
        }

        // Nodes that are not entities: provenance, memberships and the roles they name.
        var skipped = Set<Term>()
        var statedBy: [Triple: [Term]] = [:]
        var memberships: [Term] = []
        for (subject, list) in bySubject {
            let kinds = types(subject)
            if kinds.contains(where: { $0.value.hasPrefix(Vocabulary.nif.iri) || $0 == v.annotation }) {
                skipped.insert(subject)
            } else if kinds.contains(v.statement) {
                skipped.insert(subject)
                if let s = objects(subject, v.subject).first, let p = objects(subject, v.predicate).first?.iri,
                   let o = objects(subject, v.object).first {
                    statedBy[Triple(s, p, o), default: []] += objects(subject, v.derivedFrom)
                }
            } else if kinds.contains(v.membership) || list.contains(where: { $0.predicate == v.member }) {
                skipped.insert(subject)
                memberships.append(subject)
            } else if kinds.contains(v.roleClass) {
                skipped.insert(subject)
            }
        }

        // The entities: described subjects, and the nodes their links point to.
        var candidates = Set<Term>()
        for triple in triples where !skipped.contains(triple.subject) {
            candidates.insert(triple.subject)
            if triple.object.literal == nil, triple.predicate != v.type, !EntityIndex.isAttribute(triple.predicate),
               !skipped.contains(triple.object) {
                candidates.insert(triple.object)
            }
        }
        for m in memberships {
            for member in objects(m, v.member) where member.literal == nil { candidates.insert(member) }
            for org in objects(m, v.organization) where org.literal == nil { candidates.insert(org) }
        }
        let sorted = candidates.sorted()
        var position: [Term: Int] = [:]
        for (i, term) in sorted.enumerated() { position[term] = i }

        let shortener = IRIShortener(prefixes: self.prefixes)
        var entities: [Entity] = []
        var byName: [String: [Int]] = [:]
        for (i, term) in sorted.enumerated() {
            let list = bySubject[term] ?? []
            var names: [String] = []
            for property in v.labels {
                let values = list.filter { $0.predicate == property }.compactMap(\.object.literal)
                let preferred = values.filter { $0.language == nil || $0.language!.hasPrefix("en") } + values
                for value in preferred where !names.contains(value.lexicalForm) {
                    names.append(property == v.text ? EntityIndex.shorten(value.lexicalForm) : value.lexicalForm)
                }
            }
            let label = names.first ?? shortener.short(term)
            if names.isEmpty { names.append(label) }
            for property in v.alternateNames {
                for value in list where value.predicate == property {
                    if let text = value.object.literal?.lexicalForm, !names.contains(text) { names.append(text) }
                }
            }
            let attributes = list.filter { $0.predicate != v.type && ($0.object.literal != nil || EntityIndex.isAttribute($0.predicate)) }
                .map { Entity.Attribute(property: $0.predicate, value: $0.object) }
            let kinds = types(term)
            entities.append(Entity(term: term, label: label, kind: EntityKind(types: kinds), types: kinds, names: names, attributes: attributes))
            for name in Set(names.map(NameFolding.fold)) where !name.isEmpty { byName[name, default: []].append(i) }
        }

        var outgoing = Array(repeating: [Link](), count: sorted.count)
        var incoming = Array(repeating: [Link](), count: sorted.count)
        var linkAt: [LinkKey: (Int, Int)] = [:]  // the link's place in outgoing[source]
        func add(_ source: Term, _ relation: Link.Relation, _ target: Term, _ evidence: [Link.Evidence]) {
            guard let s = position[source], let t = position[target] else { return }
            let key = LinkKey(source: s, relation: relation, target: t)
            if let (si, li) = linkAt[key] {
                outgoing[si][li].evidence = Array(Set(outgoing[si][li].evidence + evidence)).sorted()
                return
            }
            linkAt[key] = (s, outgoing[s].count)
            outgoing[s].append(Link(source: source, relation: relation, target: target, evidence: Array(Set(evidence)).sorted()))
        }
        func evidence(documents: [Term], fallbackDate: String?) -> [Link.Evidence] {
            documents.isEmpty ? (fallbackDate.map { [Link.Evidence(date: $0, document: nil)] } ?? [])
                : documents.map { Link.Evidence(date: documentDate($0) ?? fallbackDate, document: $0) }
        }
        for triple in triples where !skipped.contains(triple.subject) && triple.object.literal == nil {
            guard triple.predicate != v.type, !EntityIndex.isAttribute(triple.predicate), !skipped.contains(triple.object) else { continue }
            // `org:subOrganizationOf` says what `schema:parentOrganization` says: one link, not two.
            if triple.predicate == v.subOrganizationOf,
               bySubject[triple.subject]?.contains(where: { $0.predicate == v.parentOrganization && $0.object == triple.object }) == true {
                continue
            }
            let documents = Array(Set((graphsOf[triple] ?? []) + (statedBy[triple] ?? []))).sorted()
            add(triple.subject, .property(triple.predicate), triple.object, evidence(documents: documents, fallbackDate: nil))
        }
        for m in memberships {
            let titles = objects(m, v.role).flatMap { role -> [String] in
                if let text = role.literal?.lexicalForm { return [text] }
                let labels = v.labels.flatMap { objects(role, $0) }.compactMap(\.literal)
                return [labels.first?.lexicalForm ?? shortener.short(role)]
            } + objects(m, v.roleName).compactMap(\.literal?.lexicalForm)
            let date = (objects(m, v.dcDate) + objects(m, v.generatedAt)).compactMap(\.literal).first?.lexicalForm
            let documents = Array(Set(objects(m, v.derivedFrom) + (bySubject[m] ?? []).flatMap { graphsOf[$0] ?? [] })).sorted()
            for member in objects(m, v.member) {
                for org in objects(m, v.organization) {
                    for title in titles.isEmpty ? ["member"] : titles {
                        add(member, .role(title), org, evidence(documents: documents, fallbackDate: date))
                    }
                }
            }
        }
        for (s, links) in outgoing.enumerated() {
            outgoing[s] = links.sorted(by: EntityIndex.linkOrder)
            for link in outgoing[s] { incoming[position[link.target]!].append(link) }
        }
        for t in incoming.indices { incoming[t].sort(by: EntityIndex.linkOrder) }

        self.entities = entities
        self.position = position
        self.outgoing = outgoing
        self.incoming = incoming
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

    struct LinkKey: Hashable {
        let source: Int
        let relation: Link.Relation
        let target: Int
    }
}

import RDFModel

/// A graph read for indexing: statements by subject, the named graphs of each statement, and which nodes
/// are provenance or memberships rather than entities.
struct IndexSource {
    private typealias V = EntityIndex.Terms
    let triples: [Triple]
    private(set) var bySubject: [Term: [Triple]] = [:]
    /// The named graphs each triple is in: documents, in the output of `communique build --format nquads`.
    private(set) var graphsOf: [Triple: [Term]] = [:]
    /// Provenance nodes, memberships and roles: not entities.
    private(set) var skipped = Set<Term>()
    /// The documents a reified statement says a triple was derived from.
    private(set) var statedBy: [Triple: [Term]] = [:]
    private(set) var memberships: [Term] = []

    init(graph: Graph) {
        triples = graph.triples
        for triple in triples { bySubject[triple.subject, default: []].append(triple) }
        if !graph.namedGraphs.isEmpty {
            for quad in graph.quads { if let g = quad.graph { graphsOf[quad.triple, default: []].append(.iri(g)) } }
        }
        for (subject, list) in bySubject { classify(subject, list) }
    }

    private mutating func classify(_ subject: Term, _ list: [Triple]) {
        let kinds = types(subject)
        // NIF phrases are evidence, not entities; a document that is also a NIF context stays a document.
        let nif = kinds.filter { $0.value.hasPrefix(Vocabulary.nif.iri) }
        if kinds.contains(V.annotation) || (!nif.isEmpty && nif.count == kinds.count) {
            skipped.insert(subject)
        } else if kinds.contains(V.statement) {
            skipped.insert(subject)
            if let s = objects(subject, V.subject).first, let p = objects(subject, V.predicate).first?.iri,
               let o = objects(subject, V.object).first {
                statedBy[Triple(s, p, o), default: []] += objects(subject, V.derivedFrom)
            }
        } else if kinds.contains(V.membership) || list.contains(where: { $0.predicate == V.member }) {
            skipped.insert(subject)
            memberships.append(subject)
        } else if kinds.contains(V.roleClass) {
            skipped.insert(subject)
        }
    }

    func objects(_ subject: Term, _ predicate: IRI) -> [Term] {
        (bySubject[subject] ?? []).filter { $0.predicate == predicate }.map(\.object)
    }

    func types(_ subject: Term) -> [IRI] { objects(subject, V.type).compactMap(\.iri) }

    func documentDate(_ document: Term) -> String? {
        (objects(document, V.datePublished) + objects(document, V.dcDate)).compactMap(\.literal).first.map(\.lexicalForm)
    }

    /// The entities, sorted: described subjects, and the nodes their links and memberships point to.
    func entityTerms() -> [Term] {
        var candidates = Set<Term>()
        for triple in triples where !skipped.contains(triple.subject) {
            candidates.insert(triple.subject)
            if triple.object.literal == nil, triple.predicate != V.type, !EntityIndex.isAttribute(triple.predicate),
               !skipped.contains(triple.object) {
                candidates.insert(triple.object)
            }
        }
        for m in memberships {
            for member in objects(m, V.member) where member.literal == nil { candidates.insert(member) }
            for org in objects(m, V.organization) where org.literal == nil { candidates.insert(org) }
        }
        return candidates.sorted()
    }

    /// An entity with its names (labels first, English preferred, then alternate names) and attributes.
    func entity(_ term: Term, shortener: IRIShortener) -> Entity {
        let list = bySubject[term] ?? []
        var names: [String] = []
        for property in V.labels {
            let values = list.filter { $0.predicate == property }.compactMap(\.object.literal)
            let preferred = values.filter { $0.language == nil || $0.language!.hasPrefix("en") } + values
            for value in preferred where !names.contains(value.lexicalForm) {
                names.append(property == V.text ? EntityIndex.shorten(value.lexicalForm) : value.lexicalForm)
            }
        }
        let label = names.first ?? shortener.short(term)
        if names.isEmpty { names.append(label) }
        for property in V.alternateNames {
            for value in list where value.predicate == property {
                if let text = value.object.literal?.lexicalForm, !names.contains(text) { names.append(text) }
            }
        }
        let attributes = list.filter { $0.predicate != V.type && ($0.object.literal != nil || EntityIndex.isAttribute($0.predicate)) }
            .map { Entity.Attribute(property: $0.predicate, value: $0.object) }
        let kinds = types(term)
        return Entity(term: term, label: label, kind: EntityKind(types: kinds), types: kinds, names: names, attributes: attributes)
    }

    private func evidence(documents: [Term], fallbackDate: String?) -> [Link.Evidence] {
        documents.isEmpty ? (fallbackDate.map { [Link.Evidence(date: $0, document: nil)] } ?? [])
            : documents.map { Link.Evidence(date: documentDate($0) ?? fallbackDate, document: $0) }
    }

    /// Adds a link per statement between entities, and one per title of each membership.
    func addLinks(to links: inout LinkTable, shortener: IRIShortener) {
        for triple in triples where !skipped.contains(triple.subject) && triple.object.literal == nil {
            guard triple.predicate != V.type, !EntityIndex.isAttribute(triple.predicate), !skipped.contains(triple.object) else { continue }
            // `org:subOrganizationOf` says what `schema:parentOrganization` says: one link, not two.
            if triple.predicate == V.subOrganizationOf,
               bySubject[triple.subject]?.contains(where: { $0.predicate == V.parentOrganization && $0.object == triple.object }) == true {
                continue
            }
            let documents = Array(Set((graphsOf[triple] ?? []) + (statedBy[triple] ?? []))).sorted()
            links.add(triple.subject, .property(triple.predicate), triple.object, evidence(documents: documents, fallbackDate: nil))
        }
        for m in memberships {
            let titles = objects(m, V.role).flatMap { role -> [String] in
                if let text = role.literal?.lexicalForm { return [text] }
                let labels = V.labels.flatMap { objects(role, $0) }.compactMap(\.literal)
                return [labels.first?.lexicalForm ?? shortener.short(role)]
            } + objects(m, V.roleName).compactMap(\.literal?.lexicalForm)
            let date = (objects(m, V.dcDate) + objects(m, V.generatedAt)).compactMap(\.literal).first?.lexicalForm
            let documents = Array(Set(objects(m, V.derivedFrom) + (bySubject[m] ?? []).flatMap { graphsOf[$0] ?? [] })).sorted()
            for member in objects(m, V.member) {
                for org in objects(m, V.organization) {
                    for title in titles.isEmpty ? ["member"] : titles {
                        links.add(member, .role(title), org, evidence(documents: documents, fallbackDate: date))
                    }
                }
            }
        }
    }
}

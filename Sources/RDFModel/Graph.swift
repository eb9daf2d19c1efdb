/// An in-memory RDF store: interns terms, drops duplicate statements, indexes them by subject,
/// predicate and object, and lists them in a deterministic order.
///
/// Each statement may belong to a named graph (the document it came from); the same triple in two
/// named graphs is two quads but one triple.
///
/// ```swift
/// var graph = Graph()
/// graph.insert(Triple(.iri(jane), RDF.type, .iri(Schema.Person)), in: document)
/// graph.instances(of: Schema.Person)   // [.iri(jane)]
/// ```
public struct Graph: Sendable {
    /// The interned terms; a statement refers to them by number.
    private var numbers = NumberedSet<Term>()
    private var terms: [Term] { numbers.elements }
    private var graphNames: [IRI?] = [nil]
    private var graphIDs: [IRI?: UInt32] = [nil: 0]
    /// The quads, as numbers of their terms and graph.
    private var keys = NumberedSet<Key>()
    /// The subject and graph of the last statement inserted: statements come in runs about one subject of
    /// one document, and comparing to the last is cheaper than hashing again.
    private var lastSubject: (term: Term, id: UInt32)? = nil
    private var lastGraph: (name: IRI?, id: UInt32) = (nil, 0)
    /// The distinct triples, whatever graphs they are in.
    private var tripleKeys = NumberedSet<TripleKey>()
    private var bySubject: [UInt32: [TripleKey]] = [:]
    private var byPredicate: [UInt32: [TripleKey]] = [:]
    private var byObject: [UInt32: [TripleKey]] = [:]
    /// Whether the three indexes above are kept; without them a query reads every statement.
    private let indexed: Bool

    struct TripleKey: Equatable, Sendable {
        var s: UInt32, p: UInt32, o: UInt32
    }

    struct Key: Equatable, Sendable {
        var triple: TripleKey
        var g: UInt32
    }

    /// Creates an empty graph. An unindexed graph is cheaper to fill and answers queries by reading every
    /// statement: for a graph that is written out or merged, not queried. Room for `capacity` terms and
    /// statements is made at once, so that a graph of about that size is not rehashed as it grows.
    public init(indexed: Bool = true, capacity: Int = 0) {
        self.indexed = indexed
        guard capacity > 0 else { return }
        numbers.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
        tripleKeys.reserveCapacity(capacity)
    }

    /// The number of distinct triples, whatever graphs they are in.
    public var count: Int { tripleKeys.count }

    /// The number of distinct quads.
    public var quadCount: Int { keys.count }

    /// Whether the graph has no statement.
    public var isEmpty: Bool { keys.count == 0 }

    /// Adds a triple, to a named graph or to the default graph; returns whether it was new there.
    @discardableResult
    public mutating func insert(_ triple: Triple, in graph: IRI? = nil) -> Bool {
        let s: UInt32
        if let last = lastSubject, last.term == triple.subject {
            s = last.id
        } else {
            s = intern(triple.subject)
            lastSubject = (triple.subject, s)
        }
        let key = TripleKey(s: s, p: intern(.iri(triple.predicate)), o: intern(triple.object))
        let g: UInt32
        if lastGraph.name == graph {
            g = lastGraph.id
        } else {
            g = internGraph(graph)
            lastGraph = (graph, g)
        }
        guard keys.insert(Key(triple: key, g: g)).inserted else { return false }
        if tripleKeys.insert(key).inserted, indexed {
            bySubject[key.s, default: []].append(key)
            byPredicate[key.p, default: []].append(key)
            byObject[key.o, default: []].append(key)
        }
        return true
    }

    /// Adds a quad; returns whether it was new.
    @discardableResult
    public mutating func insert(_ quad: Quad) -> Bool {
        insert(quad.triple, in: quad.graph)
    }

    /// Adds every quad of another graph.
    public mutating func formUnion(_ other: Graph) {
        for quad in other.quads { insert(quad) }
    }

    /// Whether the triple is in the graph, in any named graph.
    public func contains(_ triple: Triple) -> Bool {
        guard let key = lookup(triple) else { return false }
        return tripleKeys.contains(key)
    }

    /// Whether the quad is in the graph.
    public func contains(_ quad: Quad) -> Bool {
        guard let key = lookup(quad.triple), let g = graphIDs[quad.graph] else { return false }
        return keys.contains(Key(triple: key, g: g))
    }

    /// The distinct triples that match the given parts, in deterministic order.
    ///
    /// A `nil` part matches anything. The index of the most selective bound part is used.
    public func triples(subject: Term? = nil, predicate: IRI? = nil, object: Term? = nil) -> [Triple] {
        var candidates: [TripleKey]? = nil
        func narrow(_ list: [TripleKey]?) {
            let list = list ?? []
            if candidates == nil || list.count < candidates!.count { candidates = list }
        }
        if let subject {
            guard let id = numbers.number(of: subject) else { return [] }
            if indexed { narrow(bySubject[id]) }
        }
        if let predicate {
            guard let id = numbers.number(of: .iri(predicate)) else { return [] }
            if indexed { narrow(byPredicate[id]) }
        }
        if let object {
            guard let id = numbers.number(of: object) else { return [] }
            if indexed { narrow(byObject[id]) }
        }
        let s = subject.flatMap { numbers.number(of: $0) }
        let p = predicate.flatMap { numbers.number(of: .iri($0)) }
        let o = object.flatMap { numbers.number(of: $0) }
        let matching = (candidates ?? tripleKeys.elements).filter {
            (s == nil || $0.s == s) && (p == nil || $0.p == p) && (o == nil || $0.o == o)
        }
        return matching.map(triple(for:)).sorted(by: Graph.tripleOrder)
    }

    /// The objects of the statements with this subject and predicate, sorted.
    public func objects(of subject: Term, _ predicate: IRI) -> [Term] {
        triples(subject: subject, predicate: predicate).map(\.object)
    }

    /// The subjects of the statements with this predicate and object, sorted.
    public func subjects(_ predicate: IRI, _ object: Term) -> [Term] {
        triples(predicate: predicate, object: object).map(\.subject)
    }

    /// The statements whose subject is the term.
    public func outgoing(from subject: Term) -> [Triple] {
        triples(subject: subject)
    }

    /// The statements whose object is the term.
    public func incoming(to object: Term) -> [Triple] {
        triples(object: object)
    }

    /// The subjects typed with the class through `rdf:type`.
    public func instances(of type: IRI) -> [Term] {
        subjects(Graph.rdfType, .iri(type))
    }

    /// Every distinct triple, sorted by subject, predicate, object.
    public var triples: [Triple] {
        let numbered = numberedStatements(withGraphs: false)
        return numbered.statements.map(numbered.triple)
    }

    /// Every quad, sorted by graph (default graph first, then the named graphs by IRI), then subject,
    /// predicate, object.
    public var quads: [Quad] {
        let numbered = numberedStatements(withGraphs: true)
        return numbered.statements.map { Quad(numbered.triple($0), graph: $0.graph.flatMap { numbered.terms[$0].iri }) }
    }

    /// The statements numbered into the graph's terms: in `triples` order, or with their graphs in `quads` order.
    public func numberedStatements(withGraphs: Bool) -> NumberedStatements {
        let rank = termRanks()
        guard withGraphs else {
            return NumberedStatements(terms: terms, statements: Graph.sortedByRanks(tripleKeys.elements, rank).map {
                .init(subject: Int($0.s), predicate: Int($0.p), object: Int($0.o), graph: nil)
            })
        }
        // The graphs' names go after the terms, as IRI terms.
        var names = terms
        let nameIndex = graphNames.map { name in name.map { name -> Int in names.append(.iri(name)); return names.count - 1 } }
        let graphOrder = graphNames.indices.sorted { (graphNames[$0]?.value ?? "") < (graphNames[$1]?.value ?? "") }
        var graphRank = [Int](repeating: 0, count: graphNames.count)
        for (r, g) in graphOrder.enumerated() { graphRank[g] = r }
        // Each graph's triples, sorted by the ranks of their terms, the graphs in their order.
        var byGraph = [[TripleKey]](repeating: [], count: graphNames.count)
        for key in keys.elements { byGraph[Int(key.g)].append(key.triple) }
        var statements: [NumberedStatements.Statement] = []
        statements.reserveCapacity(keys.elements.count)
        for g in graphOrder where !byGraph[g].isEmpty {
            for triple in Graph.sortedByRanks(byGraph[g], rank) {
                statements.append(.init(subject: Int(triple.s), predicate: Int(triple.p), object: Int(triple.o), graph: nameIndex[g]))
            }
        }
        return NumberedStatements(terms: names, statements: statements)
    }

    /// Triples sorted by subject, then predicate, then object, by the ranks of their terms: as one 64-bit
    /// number of the three ranks each where the ranks fit in 21 bits (any graph of fewer than two million
    /// terms), else by comparing the ranks.
    private static func sortedByRanks(_ triples: [TripleKey], _ rank: [UInt32]) -> [TripleKey] {
        guard rank.count <= 1 << 21 else { return triples.sorted { keyOrder($0, $1, rank) } }
        var byRank = [UInt32](repeating: 0, count: rank.count)
        for (index, place) in rank.enumerated() { byRank[Int(place)] = UInt32(index) }
        var packed = triples.map { UInt64(rank[Int($0.s)]) << 42 | UInt64(rank[Int($0.p)]) << 21 | UInt64(rank[Int($0.o)]) }
        packed.sort()
        let mask: UInt64 = (1 << 21) - 1
        return packed.map { TripleKey(s: byRank[Int($0 >> 42)], p: byRank[Int(($0 >> 21) & mask)], o: byRank[Int($0 & mask)]) }
    }

    /// The place of each interned term in the order of terms, so that statements sort by comparing integers.
    private func termRanks() -> [UInt32] { TermRanking.ranks(of: terms) }

    /// Subject, then predicate, then object, by the ranks of the terms.
    private static func keyOrder(_ a: TripleKey, _ b: TripleKey, _ rank: [UInt32]) -> Bool {
        if a.s != b.s { return rank[Int(a.s)] < rank[Int(b.s)] }
        if a.p != b.p { return rank[Int(a.p)] < rank[Int(b.p)] }
        return rank[Int(a.o)] < rank[Int(b.o)]
    }

    /// The named graphs in use, sorted.
    public var namedGraphs: [IRI] {
        Set(keys.elements.map(\.g)).compactMap { graphNames[Int($0)] }.sorted { $0.value < $1.value }
    }

    /// The distinct terms used as subject or object, sorted.
    public var nodes: [Term] {
        var ids = Set<UInt32>()
        for key in tripleKeys.elements {
            ids.insert(key.s)
            ids.insert(key.o)
        }
        return ids.map { terms[Int($0)] }.sorted()
    }

    static let rdfType = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    static func tripleOrder(_ a: Triple, _ b: Triple) -> Bool {
        if a.subject != b.subject { return a.subject < b.subject }
        if a.predicate != b.predicate { return a.predicate.value < b.predicate.value }
        return a.object < b.object
    }

    static func quadOrder(_ a: Quad, _ b: Quad) -> Bool {
        if a.graph != b.graph {
            guard let ga = a.graph else { return true }
            guard let gb = b.graph else { return false }
            return ga.value < gb.value
        }
        return tripleOrder(a.triple, b.triple)
    }

    private func triple(for key: TripleKey) -> Triple {
        guard case .iri(let predicate) = terms[Int(key.p)] else { preconditionFailure("predicate is not an IRI") }
        return Triple(terms[Int(key.s)], predicate, terms[Int(key.o)])
    }

    private func lookup(_ triple: Triple) -> TripleKey? {
        guard let s = numbers.number(of: triple.subject), let p = numbers.number(of: .iri(triple.predicate)),
              let o = numbers.number(of: triple.object)
        else { return nil }
        return TripleKey(s: s, p: p, o: o)
    }

    /// The number of the term, a new one if it was not met before.
    private mutating func intern(_ term: Term) -> UInt32 { numbers.insert(term).number }

    private mutating func internGraph(_ graph: IRI?) -> UInt32 {
        if let id = graphIDs[graph] { return id }
        let id = UInt32(graphNames.count)
        graphNames.append(graph)
        graphIDs[graph] = id
        return id
    }
}

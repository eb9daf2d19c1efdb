public import RDFModel

/// The network of bodies: organizations and states as nodes, an edge between two when they organized,
/// partnered or funded the same events, its width and label the number of such events.
public struct NetworkDiagram: Sendable {
    /// What to draw.
    public struct Options: Sendable {
        /// Only the N best-connected bodies (by events shared).
        public var top: Int? = 40
        /// Of each body, only its strongest links (by events shared): the drawing's backbone. Nil keeps all.
        public var linksPerBody: Int? = 4
        /// Only events that start (else end) on or after this ISO date.
        public var from: String? = nil
        /// Only events that start (else end) on or before this ISO date.
        public var to: String? = nil
        public var title: String? = nil
        public var legend = true

        public init(top: Int? = 40, linksPerBody: Int? = 4, from: String? = nil, to: String? = nil, title: String? = nil,
                    legend: Bool = true) {
            self.top = top
            self.linksPerBody = linksPerBody
            self.from = from
            self.to = to
            self.title = title
            self.legend = legend
        }
    }

    /// The relations that make a body a party of an event.
    static let partyRelations: Set<Link.Relation> = Set(["organizer", "contributor", "funder", "sponsor"].map { .property(Vocabulary.schema($0)) })

    public let index: EntityIndex
    public let options: Options
    /// The bodies drawn, sorted.
    public let nodes: [Term]
    /// The pairs of bodies drawn (sorted within each pair) with the number of events they share.
    public let edges: [(a: Term, b: Term, events: Int)]
    /// The events counted.
    public let eventCount: Int
    /// How many bodies shared an event before `top` kept the best connected.
    public let candidateCount: Int

    public init(index: EntityIndex, options: Options = Options()) {
        self.index = index
        self.options = options
        var parties: [Term: Set<Term>] = [:]
        for event in index.entities where event.kind == .event && NetworkDiagram.inPeriod(event, options) {
            for link in index.links(from: event.term) where NetworkDiagram.partyRelations.contains(link.relation) {
                guard let body = index.entity(link.target), body.kind == .organization || body.kind == .state else { continue }
                parties[event.term, default: []].insert(body.term)
            }
        }
        eventCount = parties.count
        var shared: [[Term]: Int] = [:]
        for (_, bodies) in parties {
            let sorted = bodies.sorted()
            for i in sorted.indices { for j in sorted.indices where j > i { shared[[sorted[i], sorted[j]], default: 0] += 1 } }
        }
        var weight: [Term: Int] = [:]
        for (pair, count) in shared { weight[pair[0], default: 0] += count; weight[pair[1], default: 0] += count }
        candidateCount = weight.count
        let ranked = weight.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let kept = Set(ranked.prefix(options.top ?? ranked.count).map(\.key))
        nodes = kept.sorted()
        let among = shared.filter { kept.contains($0.key[0]) && kept.contains($0.key[1]) }
            .map { (a: $0.key[0], b: $0.key[1], events: $0.value) }
        allEdgeCount = among.count
        edges = NetworkDiagram.strongest(among, perBody: options.linksPerBody).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// How many links the bodies drawn have before `linksPerBody` keeps the strongest.
    public let allEdgeCount: Int

    /// The links that are among the `perBody` strongest of either of their bodies.
    static func strongest(_ edges: [(a: Term, b: Term, events: Int)], perBody: Int?) -> [(a: Term, b: Term, events: Int)] {
        guard let perBody else { return edges }
        var byBody: [Term: [Int]] = [:]
        for (i, edge) in edges.enumerated() { byBody[edge.a, default: []].append(i); byBody[edge.b, default: []].append(i) }
        var kept = Set<Int>()
        for (_, indices) in byBody {
            let ranked = indices.sorted { (edges[$1].events, edges[$0].a, edges[$0].b) < (edges[$0].events, edges[$1].a, edges[$1].b) }
            kept.formUnion(ranked.prefix(perBody))
        }
        return kept.sorted().map { edges[$0] }
    }

    /// Whether an event falls in the period asked for (an event without dates only when none is asked).
    static func inPeriod(_ event: Entity, _ options: Options) -> Bool {
        guard options.from != nil || options.to != nil else { return true }
        let date = { (name: String) in event.attributes.first { $0.property == Vocabulary.schema(name) }?.value.literal?.lexicalForm }
        guard let day = (date("startDate") ?? date("endDate")).map({ String($0.prefix(10)) }) else { return false }
        if let from = options.from, day < from { return false }
        if let to = options.to, day > to { return false }
        return true
    }

    /// The diagram as DOT text: an undirected graph laid out by force (sfdp).
    public var dot: String {
        var id: [Term: String] = [:]
        for (i, term) in nodes.enumerated() { id[term] = "n\(i + 1)" }
        var lines = ["graph communique_network {"]
        var title = options.title ?? "Bodies that organized, partnered or funded the same events"
        title += "\n\(nodes.count) bodies, \(edges.count) links, \(eventCount) event" + (eventCount == 1 ? "" : "s")
        if nodes.count < candidateCount { title += "; the \(nodes.count) best connected of \(candidateCount) (--top)" }
        if edges.count < allEdgeCount { title += "; of their \(allEdgeCount) links, the strongest of each body" }
        lines.append("  label=\(Diagram.quote(title)); labelloc=t; fontsize=20;")
        lines.append("  graph [layout=sfdp, fontname=\"Helvetica\", overlap=false, K=1.4, outputorder=edgesfirst];")
        lines.append("  node [fontname=\"Helvetica\", fontsize=11, style=filled, penwidth=1];")
        lines.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#7f8c99\", fontcolor=\"#333333\"];")
        for term in nodes {
            guard let entity = index.entity(term) else { continue }
            lines.append("  \(id[term]!) \(Diagram.style(entity.kind).attributes(label: Diagram.wrapped(entity.label, width: 24)));")
        }
        for edge in edges {
            let width = String(format: "%.1f", min(8.0, 0.8 + Double(edge.events) * 0.8))
            lines.append("  \(id[edge.a]!) -- \(id[edge.b]!) [label=\"\(edge.events)\", penwidth=\(width), weight=\(edge.events)];")
        }
        if options.legend {
            let kinds = Set(nodes.compactMap { index.entity($0)?.kind }).sorted()
            lines += Diagram.legendLines(kinds: kinds, roles: false, extra: [("— n: events shared", "#7f8c99")])
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

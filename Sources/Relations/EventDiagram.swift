public import RDFModel

/// One event: its dates and place, its organizers, partners, funders and speakers, and each speaker's role
/// and body at the time (the roles the event's own releases state, else the roles dated the event's start).
public struct EventDiagram: Sendable {
    public let index: EntityIndex
    public let event: Term
    public let title: String?
    public let legend: Bool

    public init(index: EntityIndex, event: Term, title: String? = nil, legend: Bool = true) {
        self.index = index
        self.event = event
        self.title = title
        self.legend = legend
    }

    /// Who took which part: the relation read from the event, and the entity.
    static let parts: [(property: String, label: String)] = [
        ("organizer", "organized"), ("contributor", "partner"), ("funder", "funded"), ("sponsor", "funded"), ("performer", "spoke"),
    ]

    /// The edges drawn: from the event to each party and speaker, and from each speaker to the bodies of their
    /// roles at the time. A role edge's label is its title.
    public var edges: [(from: Term, to: Term, label: String, role: Bool)] {
        var out: [(from: Term, to: Term, label: String, role: Bool)] = []
        let links = index.links(from: event)
        var speakers: [Term] = []
        for part in EventDiagram.parts {
            for link in links where link.relation == .property(Vocabulary.schema(part.property)) && index.entity(link.target) != nil {
                out.append((event, link.target, part.label, false))
                if part.property == "performer" { speakers.append(link.target) }
            }
        }
        let documents = Set(links.flatMap { $0.evidence.compactMap(\.document) })
        let start = index.entity(event)?.attributes.first { $0.property == Vocabulary.schema("startDate") }?.value.literal?.lexicalForm
        for speaker in speakers {
            for link in index.links(from: speaker) {
                guard case .role(let title) = link.relation, index.entity(link.target) != nil else { continue }
                let atTheTime = link.evidence.contains { ($0.document.map(documents.contains) ?? false) || ($0.date != nil && $0.date == start) }
                if atTheTime { out.append((speaker, link.target, title, true)) }
            }
        }
        return out
    }

    /// The nodes drawn: the event first, then the others in term order.
    public var nodes: [Term] {
        [event] + Set(edges.flatMap { [$0.from, $0.to] }).subtracting([event]).sorted()
    }

    public var dot: String {
        let drawn = nodes
        let name = index.entity(event)?.label ?? index.short(event)
        var lines = Diagram.viewHeader("communique_event", title: title ?? name, graph: "nodesep=0.35, ranksep=1.1")
        let (id, nodeLines) = Diagram.viewNodes(drawn, centre: event, in: index)
        lines += nodeLines
        let drawnEdges = edges
        for edge in drawnEdges {
            let style = edge.role ? Diagram.roleEdge : ""
            lines.append("  \(id[edge.from]!) -> \(id[edge.to]!) [label=\(Diagram.quote(Diagram.wrapped(edge.label, width: 28)))\(style)];")
        }
        if legend {
            let kinds = Set(drawn.compactMap { index.entity($0)?.kind }).sorted()
            lines += Diagram.legendLines(kinds: kinds, roles: drawnEdges.contains { $0.role })
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

public import RDFModel

/// One person: their roles over time, in date order, each with the releases that state it, and the events
/// they spoke at.
public struct PersonDiagram: Sendable {
    public let index: EntityIndex
    public let person: Term
    public let title: String?
    public let legend: Bool

    public init(index: EntityIndex, person: Term, title: String? = nil, legend: Bool = true) {
        self.index = index
        self.person = person
        self.title = title
        self.legend = legend
    }

    /// One line of the person's history: a role held in a body, or an event spoken at, with its dates and
    /// the releases that state it.
    public struct Entry: Sendable {
        public let target: Term
        public let text: String
        public let dates: [String]
        public let documents: [String]
        public let role: Bool
    }

    /// The roles and events, earliest first (undated last).
    public var entries: [Entry] {
        var out: [Entry] = []
        for link in index.links(from: person) {
            guard case .role(let title) = link.relation, index.entity(link.target) != nil else { continue }
            out.append(entry(link, target: link.target, text: title, role: true))
        }
        for link in index.links(to: person) where link.relation == .property(Vocabulary.schema("performer")) {
            guard let event = index.entity(link.source) else { continue }
            let start = event.attributes.first { $0.property == Vocabulary.schema("startDate") }?.value.literal?.lexicalForm
            let dated = entry(link, target: link.source, text: "spoke at", role: false)
            out.append(Entry(target: dated.target, text: dated.text, dates: dated.dates.isEmpty ? start.map { [$0] } ?? [] : dated.dates,
                             documents: dated.documents, role: false))
        }
        return out.sorted { ($0.dates.first ?? "9999", $0.text, $0.target) < ($1.dates.first ?? "9999", $1.text, $1.target) }
    }

    private func entry(_ link: Link, target: Term, text: String, role: Bool) -> Entry {
        let dates = Array(Set(link.evidence.compactMap(\.date))).sorted()
        let documents = Array(Set(link.evidence.compactMap(\.document).map(index.documentName))).sorted()
        return Entry(target: target, text: text, dates: dates, documents: documents, role: role)
    }

    public var dot: String {
        let history = entries
        let drawn = [person] + history.map(\.target).reduce(into: [Term]()) { if !$0.contains($1) { $0.append($1) } }
        let name = index.entity(person)?.label ?? index.short(person)
        // The person on the left; roles and events to the right, top to bottom in date order.
        var lines = Diagram.viewHeader("communique_person", title: title ?? name + ": roles and events over time",
                                       graph: "nodesep=0.3, ranksep=1.4, ordering=out")
        let (id, nodeLines) = Diagram.viewNodes(drawn, centre: person, in: index)
        lines += nodeLines
        for entry in history {
            var label = Diagram.wrapped(entry.text, width: 30)
            if !entry.dates.isEmpty { label += "\n" + entry.dates.map(EntityIndex.humanDate).joined(separator: ", ") }
            if !entry.documents.isEmpty { label += "\nper " + entry.documents.joined(separator: ", ") }
            lines.append("  \(id[person]!) -> \(id[entry.target]!) [label=\(Diagram.quote(label))\(entry.role ? Diagram.roleEdge : "")];")
        }
        if legend {
            let kinds = Set(drawn.compactMap { index.entity($0)?.kind }).sorted()
            lines += Diagram.legendLines(kinds: kinds, roles: history.contains { $0.role })
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

public import RDFModel

/// A Graphviz diagram of the relationships of an index, written as DOT.
///
/// People, organizations, states, events and works are nodes with a shape and colour per kind and a
/// legend; roles are labelled edges from the person to the organization; events show their dates and
/// place; literals are folded into their node; parallel edges are merged; organizations are drawn
/// inside the clusters of their parent bodies. The same index and options give the same text.
public struct Diagram: Sendable {
    /// What to draw.
    public struct Options: Sendable {
        /// Only the entities within `hops` links of this one, when set.
        public var focus: Term? = nil
        public var hops: Int = 1
        /// The kinds to draw; by default people, organizations, states, events, works and other nodes.
        public var kinds: Set<EntityKind> = []
        public var title: String? = nil
        /// At most this many nodes, the best connected; nil draws all.
        public var maxNodes: Int? = nil
        /// Whether the one-row legend is drawn.
        public var legend = true

        public init(focus: Term? = nil, hops: Int = 1, kinds: Set<EntityKind> = [], title: String? = nil,
                    maxNodes: Int? = nil, legend: Bool = true) {
            self.focus = focus
            self.hops = hops
            self.kinds = kinds
            self.title = title
            self.maxNodes = maxNodes
            self.legend = legend
        }
    }

    public static let defaultKinds: Set<EntityKind> = [.person, .organization, .state, .event, .work, .other]

    public let index: EntityIndex
    public let options: Options
    /// The terms drawn, sorted: the entities of the kinds asked for that have a link to draw (near the focus,
    /// when there is one), at most `maxNodes` of them.
    public let nodes: [Term]
    /// How many nodes there were before `maxNodes` kept the best connected.
    public let candidateCount: Int

    public init(index: EntityIndex, options: Options = Options()) {
        self.index = index
        self.options = options
        let all = Diagram.nodes(of: index, options)
        candidateCount = all.count
        nodes = Diagram.bestConnected(all, in: index, keeping: options.maxNodes, always: options.focus)
    }

    /// The `limit` nodes with the most links among the candidates (the focus always), in term order.
    static func bestConnected(_ candidates: [Term], in index: EntityIndex, keeping limit: Int?, always kept: Term? = nil) -> [Term] {
        guard let limit, candidates.count > limit else { return candidates }
        let set = Set(candidates)
        let degree = { (term: Term) in
            (index.links(from: term) + index.links(to: term)).filter { !hidden.contains($0.relation) && set.contains($0.source == term ? $0.target : $0.source) }.count
        }
        let ranked = candidates.map { ($0, $0 == kept ? Int.max : degree($0)) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        return ranked.prefix(limit).map(\.0).sorted()
    }

    /// The title, with what `maxNodes` left out.
    var titleLine: String? {
        let cut = nodes.count < candidateCount ? "\(nodes.count) of \(candidateCount) entities drawn, the best connected (--max-nodes)" : nil
        switch (options.title, cut) {
        case (let title?, let cut?): return title + "\n" + cut
        case (let title?, nil): return title
        case (nil, let cut?): return cut
        default: return nil
        }
    }

    static func nodes(of index: EntityIndex, _ options: Options) -> [Term] {
        let kinds = options.kinds.isEmpty ? Diagram.defaultKinds : options.kinds
        var allowed = Set(index.entities.filter { kinds.contains($0.kind) }.map(\.term))
        guard let focus = options.focus else {
            return allowed.filter { term in
                (index.links(from: term) + index.links(to: term)).contains { link in
                    !Diagram.hidden.contains(link.relation) && allowed.contains(link.source == term ? link.target : link.source)
                }
            }.sorted()
        }
        allowed.insert(focus)
        var reached: Set<Term> = [focus]
        var frontier = [focus]
        for _ in 0..<max(0, options.hops) {
            var next: [Term] = []
            for node in frontier {
                for link in index.links(from: node) + index.links(to: node) {
                    let other = link.source == node ? link.target : link.source
                    if allowed.contains(other), reached.insert(other).inserted { next.append(other) }
                }
            }
            frontier = next
        }
        return reached.sorted()
    }

    /// The diagram as DOT text.
    public var dot: String {
        let drawn = nodes
        var id: [Term: String] = [:]
        for (i, term) in drawn.enumerated() { id[term] = "n\(i + 1)" }
        let nesting = Nesting(of: drawn, in: index)
        var lines: [String] = []
        lines.append("digraph communique {")
        if let title = titleLine { lines.append("  label=\(quote(title)); labelloc=t; fontsize=20;") }
        lines.append("  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.3, ranksep=0.9, overlap=false, splines=true];")
        lines.append("  node [fontname=\"Helvetica\", fontsize=11, style=filled, penwidth=1];")
        lines.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];")
        lines += nodeLines(drawn, id: id, nesting: nesting)
        let (edges, hasRoles) = edgeLines(drawn, id: id, nesting: nesting)
        lines += edges
        if options.legend { lines += Diagram.legendLines(kinds: Set(drawn.compactMap { index.entity($0)?.kind }).sorted(), roles: hasRoles) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The node lines, organizations nested in clusters of their parents.
    private func nodeLines(_ drawn: [Term], id: [Term: String], nesting: Nesting) -> [String] {
        var lines: [String] = []
        var emitted = Set<Term>()
        func nodeLine(_ term: Term, indent: String) -> String {
            emitted.insert(term)
            let entity = index.entity(term)!
            // The focused entity stands out: a thick double border.
            let focus = term == options.focus ? ", penwidth=3, peripheries=2" : ""
            let attributes = Diagram.style(entity.kind).attributes(label: label(entity))
            return "\(indent)\(id[term]!) \(attributes.dropLast())\(focus)];"
        }
        func cluster(_ term: Term, indent: String) {
            lines.append("\(indent)subgraph cluster_\(id[term]!) {")
            // The box carries its parent body's name.
            let name = index.entity(term).map { wrap($0.label, width: 40) } ?? ""
            lines.append("\(indent)  label=\(quote(name)); labeljust=l; fontsize=10; fontcolor=\"#556677\"; style=\"rounded,dashed\"; color=\"#8899aa\";")
            lines.append(nodeLine(term, indent: indent + "  "))
            for child in nesting.children[term] ?? [] {
                if nesting.children[child] != nil { cluster(child, indent: indent + "  ") } else { lines.append(nodeLine(child, indent: indent + "  ")) }
            }
            lines.append("\(indent)}")
        }
        for term in drawn where nesting.parent[term] == nil && nesting.children[term] != nil && !nesting.inCycle(term) {
            cluster(term, indent: "  ")
        }
        for term in drawn where !emitted.contains(term) { lines.append(nodeLine(term, indent: "  ")) }
        return lines
    }

    /// Edges, merged per ordered pair, part-of links left to the clusters; and whether any is a role.
    private func edgeLines(_ drawn: [Term], id: [Term: String], nesting: Nesting) -> (lines: [String], roles: Bool) {
        let drawnSet = Set(drawn)
        var labels: [[Term]: [String]] = [:]
        var isRole: Set<[Term]> = []
        for source in drawn {
            for link in index.links(from: source) where drawnSet.contains(link.target) {
                if Diagram.hidden.contains(link.relation) { continue }
                if Diagram.partOf.contains(link.relation), nesting.parent[source] == link.target, !nesting.inCycle(source) { continue }
                if case .property(let p) = link.relation, p == Diagram.location, index.entity(link.target)?.kind == .place,
                   index.entity(source)?.kind == .event { continue }
                let key = [source, link.target]
                let text = Wording.phrase(link.relation, forward: true)
                if !(labels[key]?.contains(text) ?? false) { labels[key, default: []].append(text) }
                if case .role = link.relation { isRole.insert(key) }
            }
        }
        let lines = labels.keys.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }).map { key in
            let text = labels[key]!.sorted().map { wrap($0, width: 28) }.joined(separator: "\n")
            let style = isRole.contains(key) ? Diagram.roleEdge : ""
            return "  \(id[key[0]]!) -> \(id[key[1]]!) [label=\(quote(text))\(style)];"
        }
        return (lines, !isRole.isEmpty)
    }

    /// The text of a node: its name wrapped, the acronym, and for events the dates and place.
    func label(_ entity: Entity) -> String {
        var parts = [wrap(entity.label, width: 26)]
        let acronyms = entity.names.dropFirst().filter { $0.count <= 10 && $0.count >= 2 && $0 == $0.uppercased() && $0.contains(where: \.isLetter) }
        if entity.kind == .organization,
           let acronym = acronyms.min(by: { ($0.contains(".") ? 1 : 0, $0.count, $0) < ($1.contains(".") ? 1 : 0, $1.count, $1) }),
           !entity.label.contains(acronym) {
            parts.append("(\(acronym))")
        }
        if entity.kind == .event {
            let value = { (name: String) in
                entity.attributes.first { $0.property == Vocabulary.schema(name) }?.value.literal?.lexicalForm
            }
            if let start = value("startDate") {
                let end = value("endDate")
                parts.append(end == nil || end == start ? start : "\(start) – \(end!)")
            }
            let places = index.links(from: entity.term).filter { $0.relation == .property(Diagram.location) }
                .compactMap { index.entity($0.target)?.label }
            if !places.isEmpty { parts.append(places.joined(separator: ", ")) }
        }
        return parts.joined(separator: "\n")
    }

    func wrap(_ text: String, width: Int) -> String { Diagram.wrapped(text, width: width) }

    /// The words of a text in lines of at most `width` characters (a longer word on its own line).
    static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    func quote(_ text: String) -> String { Diagram.quote(text) }

    static func quote(_ text: String) -> String {
        var out = "\""
        for ch in text {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            // Characters XML forbids (the SVG would not be well-formed) become U+FFFD.
            case _ where ch.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }): out.append("\u{FFFD}")
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    struct Style {
        let shape: String, fill: String, line: String, extra: String

        /// The DOT attribute list of a node drawn in this style.
        func attributes(label: String) -> String {
            "[label=\(Diagram.quote(label)), shape=\(shape), fillcolor=\(Diagram.quote(fill)), color=\(Diagram.quote(line))\(extra)]"
        }
    }

    static func style(_ kind: EntityKind) -> Style { styles[kind] ?? styles[.other]! }

    /// The attributes that mark an edge as a role.
    static let roleEdge = ", color=\"#1f5fa8\", fontcolor=\"#1f5fa8\", penwidth=1.4"

    static let styles: [EntityKind: Style] = [
        .person: Style(shape: "ellipse", fill: "#fff4c2", line: "#b59a2c", extra: ""),
        .organization: Style(shape: "box", fill: "#dbe9f7", line: "#4a78a8", extra: ", style=\"filled,rounded\""),
        .state: Style(shape: "hexagon", fill: "#d9f0d3", line: "#4d8f3f", extra: ""),
        .event: Style(shape: "box", fill: "#fde0c5", line: "#c0702a", extra: ", style=\"filled,bold\""),
        .document: Style(shape: "note", fill: "#eeeeee", line: "#777777", extra: ""),
        .place: Style(shape: "house", fill: "#e8e0f5", line: "#7a5fa8", extra: ""),
        .work: Style(shape: "note", fill: "#f5e6f0", line: "#a05a87", extra: ""),
        .quotation: Style(shape: "plaintext", fill: "#ffffff", line: "#999999", extra: ""),
        .other: Style(shape: "ellipse", fill: "#ffffff", line: "#888888", extra: ""),
    ]

    static let location = Vocabulary.schema("location")
    static let partOf: Set<Link.Relation> = [.property(Vocabulary.schema("parentOrganization")), .property(Vocabulary.org("subOrganizationOf"))]
    /// Links that say where a fact comes from, not how entities relate.
    static let hidden: Set<Link.Relation> = [.property(Vocabulary.schema("mentions")), .property(Vocabulary.prov("wasDerivedFrom"))]
}

import RDFModel

/// The parts the one-entity views (event, person) share: the opening lines and the node lines.
extension Diagram {
    /// The opening of a left-to-right digraph with its title and the default styles.
    static func viewHeader(_ name: String, title: String, graph: String) -> [String] {
        [
            "digraph \(name) {", "  label=\(quote(title)); labelloc=t; fontsize=20;",
            "  graph [rankdir=LR, fontname=\"Helvetica\", \(graph)];",
            "  node [fontname=\"Helvetica\", fontsize=11, style=filled, penwidth=1];",
            "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];",
        ]
    }

    /// The ids of the terms drawn (`n1`, `n2`, …) and their node lines, the centre with a double border.
    static func viewNodes(_ drawn: [Term], centre: Term, in index: EntityIndex) -> (id: [Term: String], lines: [String]) {
        let labeller = Diagram(index: index, options: Options(focus: centre, hops: 0))
        var id: [Term: String] = [:]
        var lines: [String] = []
        for (i, term) in drawn.enumerated() {
            id[term] = "n\(i + 1)"
            guard let entity = index.entity(term) else { continue }
            let focus = term == centre ? ", penwidth=3, peripheries=2" : ""
            lines.append("  n\(i + 1) \(style(entity.kind).attributes(label: labeller.label(entity)).dropLast())\(focus)];")
        }
        return (id, lines)
    }
}

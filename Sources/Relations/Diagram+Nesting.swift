import RDFModel

extension Diagram {
    /// Organizations inside their parent bodies, as far as both are drawn.
    struct Nesting {
        var parent: [Term: Term] = [:]
        var children: [Term: [Term]] = [:]

        init(of drawn: [Term], in index: EntityIndex) {
            let drawnSet = Set(drawn)
            for term in drawn where index.entity(term)?.kind == .organization {
                if let up = index.links(from: term).first(where: { Diagram.partOf.contains($0.relation) && drawnSet.contains($0.target) && $0.target != term }) {
                    parent[term] = up.target
                }
            }
            for (child, up) in parent { children[up, default: []].append(child) }
            for key in children.keys { children[key]!.sort() }
        }

        /// A cycle of parents would nest forever: such a node stays outside the clusters.
        func inCycle(_ term: Term) -> Bool {
            var seen: Set<Term> = [term]
            var current = term
            while let up = parent[current] {
                if !seen.insert(up).inserted { return true }
                current = up
            }
            return false
        }
    }
}

public import RDFModel

extension EntityIndex {
    /// The shortest chains of links between two entities (at most `limit`, at most `maxHops` long), found
    /// breadth-first from `from`; documents are passed through only when `throughDocuments` is set.
    public func paths(from: Term, to: Term, maxHops: Int = 4, limit: Int = 10, throughDocuments: Bool = false) -> [[Hop]] {
        guard let start = position[from], let goal = position[to], maxHops > 0 else { return [] }
        if start == goal { return [] }
        var depth: [Int: Int] = [start: 0]
        var previous: [Int: [(Int, Link)]] = [:]
        var frontier = [start]
        var level = 0
        while !frontier.isEmpty, level < maxHops, depth[goal] == nil {
            level += 1
            var next: [Int] = []
            for node in frontier {
                // Only the ends may be documents, unless asked.
                if node != start, !throughDocuments, entities[node].kind == .document { continue }
                for link in outgoing[node] + incoming[node] {
                    let other = position[link.source == entities[node].term ? link.target : link.source]!
                    if let d = depth[other] {
                        if d == level { previous[other, default: []].append((node, link)) }
                        continue
                    }
                    depth[other] = level
                    previous[other] = [(node, link)]
                    next.append(other)
                }
            }
            frontier = next
        }
        guard depth[goal] != nil else { return [] }
        var results: [[Hop]] = []
        func walk(_ node: Int, _ suffix: [Hop]) {
            guard results.count < limit else { return }
            if node == start { results.append(suffix); return }
            for (before, link) in previous[node] ?? [] {
                walk(before, [Hop(from: entities[before].term, link: link, to: entities[node].term)] + suffix)
            }
        }
        walk(goal, [])
        return results
    }
}

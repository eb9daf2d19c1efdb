import RDFModel

/// The links of an index being built: outgoing lists per entity, one link per source, relation and target,
/// with the evidence of every statement that makes it.
struct LinkTable {
    let position: [Term: Int]
    private(set) var outgoingLists: [[Link]]
    /// A link's identity: source, relation and target.
    private struct LinkKey: Hashable {
        let source: Int
        let relation: Link.Relation
        let target: Int
    }

    /// Where each link stands in its source's list.
    private var linkAt: [LinkKey: (source: Int, index: Int)] = [:]

    init(position: [Term: Int]) {
        self.position = position
        outgoingLists = Array(repeating: [], count: position.count)
    }

    /// Adds a link, or its evidence to the same link already there.
    mutating func add(_ source: Term, _ relation: Link.Relation, _ target: Term, _ evidence: [Link.Evidence]) {
        guard let s = position[source], let t = position[target] else { return }
        let key = LinkKey(source: s, relation: relation, target: t)
        if let (si, li) = linkAt[key] {
            outgoingLists[si][li].evidence = Array(Set(outgoingLists[si][li].evidence + evidence)).sorted()
            return
        }
        linkAt[key] = (s, outgoingLists[s].count)
        outgoingLists[s].append(Link(source: source, relation: relation, target: target, evidence: Array(Set(evidence)).sorted()))
    }

    /// The outgoing links of each entity, in link order.
    var outgoing: [[Link]] { outgoingLists.map { $0.sorted(by: EntityIndex.linkOrder) } }

    /// The incoming links of each entity, in link order.
    func incoming() -> [[Link]] {
        var incoming = Array(repeating: [Link](), count: outgoingLists.count)
        for links in outgoing { for link in links { incoming[position[link.target]!].append(link) } }
        return incoming.map { $0.sorted(by: EntityIndex.linkOrder) }
    }
}

/// Graph isomorphism: equality up to the renaming of blank nodes.
extension Graph {
    /// Whether the two graphs hold the same quads once blank nodes are renamed one to one.
    ///
    /// Blank nodes are first coloured by their neighbourhoods (refined until stable), then mapped
    /// within colour classes with backtracking, so graphs of a few hundred blank nodes compare quickly.
    public func isIsomorphic(to other: Graph) -> Bool {
        let left = quads, right = other.quads
        guard left.count == right.count else { return false }
        let leftColours = Graph.colours(of: left), rightColours = Graph.colours(of: right)
        guard leftColours.count == rightColours.count else { return false }
        if leftColours.isEmpty { return Set(left) == Set(right) }
        guard leftColours.values.sorted() == rightColours.values.sorted() else { return false }

        let target = Set(right)
        let blanks = leftColours.keys.sorted { $0.id < $1.id }
        var candidates: [Int: [BlankNode]] = [:]
        for (blank, colour) in rightColours { candidates[colour, default: []].append(blank) }
        var mapping: [BlankNode: BlankNode] = [:]
        var used: Set<BlankNode> = []

        func search(_ index: Int) -> Bool {
            if index == blanks.count {
                return left.allSatisfy { target.contains(Graph.renaming($0, with: mapping)) }
            }
            let blank = blanks[index]
            for candidate in candidates[leftColours[blank]!] ?? [] where !used.contains(candidate) {
                mapping[blank] = candidate
                used.insert(candidate)
                if search(index + 1) { return true }
                used.remove(candidate)
            }
            mapping[blank] = nil
            return false
        }
        return search(0)
    }

    private static func colours(of quads: [Quad]) -> [BlankNode: Int] {
        var colour: [BlankNode: Int] = [:]
        for quad in quads {
            for case .blank(let b) in [quad.triple.subject, quad.triple.object] { colour[b] = 0 }
        }
        guard !colour.isEmpty else { return [:] }
        for _ in 0..<Swift.min(colour.count, 8) {
            var signatures: [BlankNode: [Int]] = [:]
            for quad in quads {
                let t = quad.triple
                if case .blank(let b) = t.subject {
                    signatures[b, default: []].append(hash(1, t.predicate, t.object, quad.graph, colour))
                }
                if case .blank(let b) = t.object {
                    signatures[b, default: []].append(hash(2, t.predicate, t.subject, quad.graph, colour))
                }
            }
            var next: [BlankNode: Int] = [:]
            for (blank, signature) in signatures {
                var hasher = Hasher()
                hasher.combine(colour[blank])
                hasher.combine(signature.sorted())
                next[blank] = hasher.finalize()
            }
            colour = next
        }
        return colour
    }

    private static func hash(_ direction: Int, _ predicate: IRI, _ other: Term, _ graph: IRI?, _ colour: [BlankNode: Int]) -> Int {
        var hasher = Hasher()
        hasher.combine(direction)
        hasher.combine(predicate)
        hasher.combine(graph)
        if case .blank(let b) = other { hasher.combine(colour[b]) } else { hasher.combine(other) }
        return hasher.finalize()
    }

    private static func renaming(_ quad: Quad, with mapping: [BlankNode: BlankNode]) -> Quad {
        func rename(_ term: Term) -> Term {
            if case .blank(let b) = term, let to = mapping[b] { return .blank(to) }
            return term
        }
        let t = quad.triple
        return Quad(Triple(rename(t.subject), t.predicate, rename(t.object)), graph: quad.graph)
    }
}

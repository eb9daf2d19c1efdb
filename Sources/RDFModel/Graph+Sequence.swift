/// A graph iterates over its distinct triples in deterministic order.
extension Graph: Sequence {
    public func makeIterator() -> IndexingIterator<[Triple]> {
        triples.makeIterator()
    }
}

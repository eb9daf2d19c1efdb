/// A blank node, local to one graph.
public struct BlankNode: Hashable, Sendable {
    /// The label that tells blank nodes of one graph apart.
    public let id: String

    /// Creates a blank node with a label.
    public init(_ id: String) {
        self.id = id
    }
}

extension BlankNode: CustomStringConvertible {
    /// The blank node in N-Triples form, `_:id`.
    public var description: String { "_:" + id }
}

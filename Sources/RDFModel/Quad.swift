/// A triple in a named graph; here the graph is the document the statement came from.
public struct Quad: Hashable, Sendable {
    public let triple: Triple
    /// The named graph, or `nil` for the default graph.
    public let graph: IRI?

    /// Creates a quad.
    public init(_ triple: Triple, graph: IRI?) {
        self.triple = triple
        self.graph = graph
    }
}

extension Quad: CustomStringConvertible {
    /// The quad as one N-Quads line, without the line end.
    public var description: String {
        guard let graph else { return triple.description }
        return "\(triple.subject) \(triple.predicate) \(triple.object) \(graph) ."
    }
}

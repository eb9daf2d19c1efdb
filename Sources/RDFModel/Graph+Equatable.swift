/// Two graphs are equal when they hold the same quads, blank node labels included.
extension Graph: Equatable {
    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.quadCount == rhs.quadCount && Set(lhs.quads) == Set(rhs.quads)
    }
}

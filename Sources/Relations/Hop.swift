public import RDFModel

/// One step of a path between two entities: a link, walked forward (from its source) or backward.
public struct Hop: Hashable, Sendable {
    public let from: Term
    public let link: Link
    public let to: Term
    public var forward: Bool { link.source == from }
}

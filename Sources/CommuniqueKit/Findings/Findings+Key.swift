extension Findings {
    /// The kind and identifier (a slug, unique per kind across the corpus) of an entity.
    public struct Key: Hashable, Comparable, Sendable {
        public enum Kind: String, Hashable, Comparable, Sendable {
            case person, organization, state, event
            public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
        }
        public let kind: Kind
        public let id: String
        public init(kind: Kind, id: String) {
            self.kind = kind
            self.id = id
        }
        public static func < (a: Key, b: Key) -> Bool { (a.kind, a.id) < (b.kind, b.id) }
    }
}

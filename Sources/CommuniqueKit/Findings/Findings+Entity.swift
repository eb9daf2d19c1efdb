extension Findings {
    /// An entity, with every name it was met under in this document.
    public struct Entity: Sendable {
        public let key: Key
        public var name: String
        public var alternateNames: Set<String> = []
        public var acronym: String? = nil
        /// A parent organization (by id), for organizations.
        public var parent: String? = nil
        /// The state (by id) a national body or chairmanship belongs to.
        public var state: String? = nil
        public var wikidata: String? = nil
        /// For an OSCE Chairmanship, the year.
        public var chairmanshipYear: Int? = nil
    }
}

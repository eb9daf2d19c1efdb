extension Findings {
    /// A position held by a person, as the text states it.
    public struct Role: Hashable, Sendable {
        public let person: Key
        public let title: String
        /// The organization or state the position is held in.
        public let organization: Key?
        /// The state the position belongs to, when the text says.
        public let state: Key?
        /// The body the person spoke or acted for ("on behalf of Norway's OSCE Chairmanship"), when it is
        /// not where the position is held.
        public var actingFor: Key? = nil
        public let span: Span
        /// The rule that read the title.
        public let rule: Rule
    }
}

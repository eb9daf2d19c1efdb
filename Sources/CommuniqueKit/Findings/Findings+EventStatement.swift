extension Findings {
    /// A relation of an event to an entity, with the stretch of text that states it.
    public struct EventStatement: Hashable, Sendable {
        public enum Relation: String, Hashable, Sendable {
            case organizer, partner, funder, speaker
        }
        public let relation: Relation
        public let object: Key
        public let span: Span
        /// The rule that read the relation.
        public let rule: Rule
    }
}

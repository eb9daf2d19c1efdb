extension Findings {
    /// Words the release quotes, with their speaker.
    public struct Quotation: Hashable, Sendable {
        public let speaker: Key
        public let text: String
        public let span: Span
        /// The rule that found the speaker.
        public let rule: Rule
    }
}

extension Findings {
    public struct Quotation: Hashable, Sendable {
        public let speaker: Key
        public let text: String
        public let span: Span
    }
}

extension Findings {
    public struct Mention: Hashable, Sendable {
        public let key: Key
        public let span: Span
    }
}

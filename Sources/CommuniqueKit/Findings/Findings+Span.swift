extension Findings {
    /// A stretch of the document's text, offsets in Unicode scalars of the whole file.
    public struct Span: Hashable, Comparable, Sendable {
        public let start: Int
        public let end: Int
        public let text: String
        public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
    }
}

extension Findings {
    /// A decision, or an earlier event, that an event follows as the text states it ("The seminar followed a
    /// 2009 decision by the OSCE Ministerial Council").
    public struct Precedent: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case document, event }
        public let kind: Kind
        /// The phrase that names it, as written.
        public let name: String
        public let year: Int?
        public let month: Int?
        /// The organization that issued or held it, when the phrase names one.
        public let creator: Key?
        public let span: Span
        /// The rule that read the precedent.
        public let rule: Rule
    }
}

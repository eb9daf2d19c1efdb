public import RDFModel

/// A relation between two entities, with the documents (and their dates) that state it.
///
/// A W3C ORG membership is one link from the member to the organization, its relation the role's title.
public struct Link: Hashable, Sendable {
    /// What links the two: a property of the graph, or a role held in an organization.
    public enum Relation: Hashable, Comparable, Sendable {
        case property(IRI)
        case role(String)

        /// The property, for a link that is one property.
        public var propertyIRI: IRI? {
            if case .property(let iri) = self { return iri }
            return nil
        }

        /// The title held, for a role.
        public var roleTitle: String? {
            if case .role(let title) = self { return title }
            return nil
        }

        public static func < (a: Relation, b: Relation) -> Bool {
            switch (a, b) {
            case (.role(let x), .role(let y)): x < y
            case (.role, .property): true
            case (.property, .role): false
            case (.property(let x), .property(let y)): x.value < y.value
            }
        }
    }

    /// A document that states the link, with the date it states it for.
    public struct Evidence: Hashable, Comparable, Sendable {
        /// An ISO 8601 date (`2008-07-17`), when known.
        public let date: String?
        public let document: Term?

        public init(date: String?, document: Term?) {
            self.date = date
            self.document = document
        }

        public static func < (a: Evidence, b: Evidence) -> Bool {
            (a.date ?? "", a.document.map(\.description) ?? "") < (b.date ?? "", b.document.map(\.description) ?? "")
        }
    }

    public let source: Term
    public let relation: Relation
    public let target: Term
    /// Sorted by date, then document.
    public internal(set) var evidence: [Evidence]
}

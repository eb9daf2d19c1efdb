/// A prefix bound to an IRI namespace; calling it mints IRIs in the namespace.
///
/// ```swift
/// let schema = Namespace(prefix: "schema", iri: "http://schema.org/")
/// schema("Person")   // <http://schema.org/Person>
/// ```
public struct Namespace: Hashable, Sendable {
    /// The prefix used in Turtle, without the colon.
    public let prefix: String
    /// The namespace IRI every local name is appended to.
    public let iri: String

    /// Creates a namespace.
    public init(prefix: String, iri: String) {
        self.prefix = prefix
        self.iri = iri
    }

    /// The IRI of a local name in this namespace.
    public func callAsFunction(_ localName: String) -> IRI {
        IRI(iri + localName)
    }

    /// Whether an IRI lies in this namespace.
    public func contains(_ other: IRI) -> Bool {
        other.value.hasPrefix(iri) && other.value.utf8.count > iri.utf8.count
    }
}

public import RDFModel

/// A described node of the graph: a person, organization, state, event, document or anything else that
/// has a type, a name or relations, with the names it can be found by.
public struct Entity: Hashable, Sendable {
    /// A property of the entity whose value is a literal or an outside reference (`owl:sameAs`).
    public struct Attribute: Hashable, Sendable {
        public let property: IRI
        public let value: Term
    }

    public let term: Term
    /// The name shown for it: its `schema:name` (or `rdfs:label`, `skos:prefLabel`, …), else its IRI in short.
    public let label: String
    public let kind: EntityKind
    public let types: [IRI]
    /// Every name and alternate name, the label first.
    public let names: [String]
    public let attributes: [Attribute]
}

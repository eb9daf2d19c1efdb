public import RDFModel

/// The kind of thing an entity is, read from its `rdf:type`s, for filtering, wording and drawing.
public enum EntityKind: String, CaseIterable, Comparable, Sendable {
    case person, organization, state, event, document, place, work, quotation, other

    /// The kind of a node with these types: the first kind any type belongs to, in the order of the cases.
    public init(types: [IRI]) {
        let locals = Set(types.map { EntityKind.localName($0.value) })
        func any(_ names: Set<String>) -> Bool { !locals.isDisjoint(with: names) }
        if any(["Person"]) { self = .person }
        else if any(["Country", "State"]) { self = .state }
        else if any(["Organization", "FormalOrganization", "GovernmentOrganization", "NGO", "OrganizationalUnit",
                     "Organisation", "Corporation", "Agent"]) { self = .organization }
        else if any(["Event", "BusinessEvent", "EducationEvent", "SocialEvent", "Conference", "Meeting", "Activity"]) { self = .event }
        else if any(["NewsArticle", "Article", "Report", "Document"]) { self = .document }
        else if any(["Place", "City", "Location", "AdministrativeArea"]) { self = .place }
        else if any(["Quotation"]) { self = .quotation }
        else if any(["CreativeWork", "Legislation"]) { self = .work }
        else { self = .other }
    }

    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The part of an IRI after its last `/` or `#`.
    static func localName(_ iri: String) -> String {
        guard let cut = iri.lastIndex(where: { $0 == "/" || $0 == "#" }) else { return iri }
        return String(iri[iri.index(after: cut)...])
    }
}

import RDFModel
import Relations

/// The answer of `relations --format json`: the entity, its names and attributes, and every relation.
struct EntityRelations: Encodable {
    let entity: EntityReference
    /// Every name it has, the label first.
    let names: [String]
    let attributes: [Attribute]
    let relations: [Relation]

    /// A value the entity has that is not a link to another entity (an identifier, a date, a sameAs link).
    struct Attribute: Encodable {
        let property: String
        let value: String
    }

    /// One relation in and out of the entity.
    struct Relation: Encodable {
        /// The heading it is grouped under in the table ("roles", "organized by").
        let heading: String
        /// The property that links the two, for a link that is one property.
        let property: String?
        /// The title held, for a role.
        let role: String?
        /// `out` when the entity is the subject, `in` when it is the object.
        let direction: String
        let entity: EntityReference
        /// The fact in words, as the table prints it.
        let statement: String
        /// The dates the documents state it for (ISO 8601), sorted.
        let dates: [String]
        let documents: [Document]
    }

    /// A document that states a relation.
    struct Document: Encodable {
        let iri: String
        /// Its file name, where the graph has one.
        let name: String
    }

    init(_ subject: Entity, index: EntityIndex) {
        entity = EntityReference(subject)
        names = subject.names
        attributes = subject.attributes.filter { !index.isName($0.property) }
            .map { Attribute(property: $0.property.value, value: EntityReference.text(of: $0.value)) }
        relations = index.statements(about: subject.term).map { statement in
            let documents = Set(statement.link.evidence.compactMap(\.document)).sorted { $0.description < $1.description }
                .map { Document(iri: EntityReference.text(of: $0), name: index.documentName($0)) }
            return Relation(heading: statement.relation, property: statement.link.relation.propertyIRI?.value, role: statement.link.relation.roleTitle, direction: statement.outgoing ? "out" : "in",
                            entity: EntityReference(statement.other), statement: statement.text, dates: statement.dates,
                            documents: documents)
        }
    }
}

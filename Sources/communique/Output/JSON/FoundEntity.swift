import Relations

/// One answer of `find --format json`, or one row of `list --format json`.
struct FoundEntity: Encodable {
    let name: String
    let type: String
    let iri: String
    /// `find`: the name, alternate name or acronym that matched.
    let matched: String?
    /// `list`: the number of its relations.
    let relations: Int?

    init(_ entity: Entity, matched: String? = nil, relations: Int? = nil) {
        let reference = EntityReference(entity)
        name = reference.name
        type = reference.type
        iri = reference.iri
        self.matched = matched
        self.relations = relations
    }
}

/// The entity of each known state and organization, made once from `Knowledge` (its names gathered into a
/// set), so that a release naming one copies it instead of making it again.
struct KnownEntities: Sendable {
    private let states: [String: Findings.Entity]
    private let organizations: [String: Findings.Entity]

    init(knowledge: Knowledge) {
        states = knowledge.states.mapValues { state in
            var entity = Findings.Entity(key: Findings.Key(kind: .state, id: state.id), name: state.name)
            entity.alternateNames = Set(state.otherNames)
            entity.wikidata = state.wikidata?.value
            return entity
        }
        organizations = knowledge.organizations.mapValues { org in
            var entity = Findings.Entity(key: Findings.Key(kind: .organization, id: org.id), name: org.name)
            entity.alternateNames = Set(org.otherNames)
            entity.acronym = org.acronym
            entity.parent = org.parent
            entity.wikidata = org.wikidata?.value
            return entity
        }
    }

    /// The entity of the state with the id, if it is known.
    func state(_ id: String) -> Findings.Entity? { states[id] }

    /// The entity of the organization with the id, if it is known.
    func organization(_ id: String) -> Findings.Entity? { organizations[id] }
}

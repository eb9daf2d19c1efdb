/// Where a title is held, as a title phrase reads it: the organization, the state, and the body a person
/// acts for when that is not where the post is.
struct Affiliation {
    var organization: Findings.Key? = nil
    var state: Findings.Key? = nil
    var actingFor: Findings.Key? = nil

    /// Where the title is held: the organization, else the state; nil when neither is known.
    var place: Findings.Key? { organization ?? state }

    /// Notes an entity named in the title: a state, or an organization (and the state it belongs to);
    /// the first of each kind wins, but a unit of the organization noted is narrower and wins over it
    /// ("the OSCE Director of the Office for X": the Office). `parents` are the ids the key belongs to.
    mutating func note(_ key: Findings.Key, in findings: Findings, parents: [String] = []) {
        if key.kind == .state {
            state = state ?? key
        } else if let noted = organization, parents.contains(noted.id) {
            organization = key
        } else {
            organization = organization ?? key
        }
        if let entity = findings.entities[key], let s = entity.state { state = state ?? Findings.Key(kind: .state, id: s) }
    }
}

/// The entities of the findings, made from the knowledge the first time a release names them.

extension AnnotatedRelease {
    mutating func ensureState(_ id: String) -> Findings.Key {
        let key = Findings.Key(kind: .state, id: id)
        if findings.entities[key] == nil, let entity = extractor.knownEntities.state(id) { findings.entities[key] = entity }
        return key
    }

    mutating func ensureOrganization(_ id: String) -> Findings.Key {
        let key = Findings.Key(kind: .organization, id: id)
        if findings.entities[key] == nil, let entity = extractor.knownEntities.organization(id) { findings.entities[key] = entity }
        return key
    }

    /// The organization of a name read by the shape of its phrase (in no knowledge file), made the first time
    /// the release names it, belonging to `state` when one is given.
    mutating func ensureBody(named name: String, state: String? = nil) -> Findings.Key {
        let key = Findings.Key(kind: .organization, id: LocalName.entity(named: name))
        if findings.entities[key] == nil {
            var entity = Findings.Entity(key: key, name: name)
            entity.state = state
            findings.entities[key] = entity
        }
        return key
    }

    /// The entity a gazetteer entry stands for.
    mutating func ensure(_ entry: Gazetteer.Entry) -> Findings.Key {
        switch entry {
        case .state(let id), .stateAdjective(let id): ensureState(id)
        case .organization(let id): ensureOrganization(id)
        }
    }

    /// The OSCE Chairmanship of a year, named after the state that held it.
    mutating func ensureChairmanship(year: Int) -> Findings.Key? {
        guard let stateID = extractor.knowledge.chairmanships[year], let state = extractor.knowledge.states[stateID] else { return nil }
        let key = Findings.Key(kind: .organization, id: LocalName.chairmanship(year: year))
        if findings.entities[key] == nil {
            let body = year < 1995 ? "CSCE" : "OSCE"
            var entity = Findings.Entity(key: key, name: "\(state.name)’s \(year) \(body) Chairmanship")
            var names: Set<String> = ["\(state.name)’s \(body) Chairmanship", "\(year) \(body) Chairmanship", "\(body) Chairmanship \(year)"]
            // The shortest adjective is the adjective proper ("Spanish", not "Spaniards").
            for adjective in state.adjectives.sorted(by: { ($0.count, $0) < ($1.count, $1) }).prefix(1) { names.insert("\(adjective) \(body) Chairmanship") }
            entity.alternateNames = names
            entity.parent = year < 1995 ? "csce" : "osce"
            entity.state = stateID
            entity.chairmanshipYear = year
            findings.entities[key] = entity
        }
        return key
    }

    /// The year a state held the Chairmanship nearest to the release's year.
    func chairmanshipYear(of stateID: String?) -> Int? {
        guard let stateID else { return year }
        let years = extractor.knowledge.chairmanships.filter { $0.value == stateID }.map(\.key)
        guard let year else { return years.max() }
        if years.contains(year) { return year }
        return years.min { abs($0 - year) < abs($1 - year) }
    }

    /// The ids of the organizations an organization belongs to, nearest first: its parents, found in the
    /// text or known, up the chain.
    func parents(of key: Findings.Key) -> [String] {
        guard key.kind == .organization else { return [] }
        let knowledge = extractor.knowledge.organizations
        var out: [String] = []
        var next = findings.entities[key]?.parent ?? knowledge[key.id]?.parent
        while let id = next, !out.contains(id), out.count < 6 {
            out.append(id)
            next = findings.entities[Findings.Key(kind: .organization, id: id)]?.parent ?? knowledge[id]?.parent
        }
        return out
    }
}

import RDFModel

extension FindingsWriter {
    /// Describes an entity once: its types, names, and what the knowledge says of it (codes, Wikidata,
    /// parent bodies and states, which are described in turn).
    mutating func describe(_ key: Findings.Key, _ entity: Findings.Entity?, in found: Findings) {
        guard described.insert(key).inserted else { return }
        let node = scheme.iri(key)
        switch key.kind {
        case .person:
            add(node, Terms.type, .iri(Terms.Schema.Person))
        case .state:
            add(node, Terms.type, .iri(Terms.Schema.Country))
            if let state = knowledge.states[key.id] {
                if let iso = state.iso { add(node, Terms.GeoNames.countryCode, text(iso)) }
                if let wikidata = state.wikidata { add(node, Terms.OWL.sameAs, .iri(wikidata)) }
            }
        case .organization:
            describeOrganization(node, entity, in: found)
        case .event:
            add(node, Terms.type, .iri(Terms.Schema.Event))
        }
        if let entity {
            name(node, entity.name)
            for name in entity.alternateNames.sorted() where name != entity.name { add(node, Terms.Schema.alternateName, text(name)) }
        }
    }

    private mutating func describeOrganization(_ node: IRI, _ entity: Findings.Entity?, in found: Findings) {
        let national = entity?.state != nil && entity?.chairmanshipYear == nil
        add(node, Terms.type, .iri(national ? Terms.Schema.GovernmentOrganization : Terms.Schema.Organization))
        add(node, Terms.type, .iri(Terms.Org.FormalOrganization))
        if let acronym = entity?.acronym { add(node, Terms.SKOS.altLabel, text(acronym)) }
        if let parent = entity?.parent {
            let parentKey = Findings.Key(kind: .organization, id: parent)
            add(node, Terms.Schema.parentOrganization, .iri(scheme.iri(parentKey)))
            add(node, Terms.Org.subOrganizationOf, .iri(scheme.iri(parentKey)))
            if let known = knowledge.organizations[parent] {
                var parentEntity = Findings.Entity(key: parentKey, name: known.name)
                parentEntity.acronym = known.acronym
                parentEntity.parent = known.parent
                parentEntity.wikidata = known.wikidata?.value
                describe(parentKey, found.entities[parentKey] ?? parentEntity, in: found)
            }
        }
        if let stateID = entity?.state {
            let stateKey = Findings.Key(kind: .state, id: stateID)
            if let year = entity?.chairmanshipYear {
                add(node, Terms.Communique.chairmanshipYear, .literal(Literal(String(year), datatype: Terms.XSD.gYear)))
                add(node, Terms.Communique.heldBy, .iri(scheme.iri(stateKey)))
            } else {
                add(node, Terms.Schema.areaServed, .iri(scheme.iri(stateKey)))
            }
            if let state = knowledge.states[stateID] {
                describe(stateKey, found.entities[stateKey] ?? Findings.Entity(key: stateKey, name: state.name), in: found)
            }
        }
        if let wikidata = entity?.wikidata { add(node, Terms.OWL.sameAs, .iri(IRI(wikidata))) }
    }
}

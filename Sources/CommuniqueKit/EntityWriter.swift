import RDFModel

/// Writes what the extractor found in one document into the document's named graph.
struct EntityWriter {
    let scheme: IdentifierScheme
    let knowledge: Knowledge
    let document: IRI
    let release: PressRelease

    private var s: Namespace { Terms.schema }

    func iri(_ key: Extraction.Key) -> IRI {
        switch key.kind {
        case .person: scheme.person(key.id)
        case .organization: scheme.organization(key.id)
        case .state: scheme.state(key.id)
        case .event: scheme.event(key.id)
        }
    }

    func write(_ found: Extraction, to graph: inout Graph) {
        let doc = document
        func add(_ subject: IRI, _ predicate: IRI, _ object: Term) {
            graph.insert(Triple(.iri(subject), predicate, object), in: doc)
        }
        func text(_ value: String) -> Term { .literal(Literal(value)) }
        func date(_ value: CalendarDate) -> Term { .literal(Literal(value.iso8601, datatype: Terms.date)) }
        var described = Set<Extraction.Key>()

        func describe(_ key: Extraction.Key, _ entity: Extraction.Entity?) {
            guard described.insert(key).inserted else { return }
            let node = iri(key)
            switch key.kind {
            case .person:
                add(node, Terms.type, .iri(s("Person")))
            case .state:
                add(node, Terms.type, .iri(s("Country")))
                if let state = knowledge.states[key.id] {
                    if let iso = state.iso { add(node, s("identifier"), text(iso)) }
                    if let wikidata = state.wikidata { add(node, Terms.owl("sameAs"), .iri(wikidata)) }
                }
            case .organization:
                let national = entity?.state != nil && entity?.chairmanshipYear == nil
                add(node, Terms.type, .iri(s(national ? "GovernmentOrganization" : "Organization")))
                add(node, Terms.type, .iri(Terms.org("FormalOrganization")))
                if let acronym = entity?.acronym { add(node, Terms.skos("altLabel"), text(acronym)) }
                if let parent = entity?.parent {
                    let parentKey = Extraction.Key(kind: .organization, id: parent)
                    add(node, s("parentOrganization"), .iri(iri(parentKey)))
                    add(node, Terms.org("subOrganizationOf"), .iri(iri(parentKey)))
                    if let known = knowledge.organizations[parent] {
                        var parentEntity = Extraction.Entity(key: parentKey, name: known.name)
                        parentEntity.acronym = known.acronym
                        parentEntity.parent = known.parent
                        parentEntity.wikidata = known.wikidata?.value
                        describe(parentKey, found.entities[parentKey] ?? parentEntity)
                    }
                }
                if let stateID = entity?.state {
                    let stateKey = Extraction.Key(kind: .state, id: stateID)
                    if let year = entity?.chairmanshipYear {
                        add(node, Terms.communique("chairmanshipYear"), .literal(Literal(String(year), datatype: Terms.xsd("gYear"))))
                        add(node, Terms.communique("heldBy"), .iri(iri(stateKey)))
                    } else {
                        add(node, s("areaServed"), .iri(iri(stateKey)))
                    }
                    if let state = knowledge.states[stateID] {
                        describe(stateKey, found.entities[stateKey] ?? Extraction.Entity(key: stateKey, name: state.name))
                    }
                }
                if let wikidata = entity?.wikidata { add(node, Terms.owl("sameAs"), .iri(IRI(wikidata))) }
            case .event:
                add(node, Terms.type, .iri(s("Event")))
            }
            if let entity {
                add(node, s("name"), text(entity.name))
                for name in entity.alternateNames.sorted() where name != entity.name { add(node, s("alternateName"), text(name)) }
            }
        }

        for key in found.entities.keys.sorted() { describe(key, found.entities[key]) }
        for key in Set(found.mentions.map(\.key)).sorted() { add(doc, s("mentions"), .iri(iri(key))) }
        for key in found.sources { add(doc, s("sourceOrganization"), .iri(iri(key))) }

        // Provenance: every mention as a NIF phrase of the document, pointing at its entity.
        let stem = Slug.make("release-" + (release.fileName.hasSuffix(".txt") ? String(release.fileName.dropLast(4)) : release.fileName), keepUnderscores: true)
        func phrase(_ span: Extraction.Span) -> IRI {
            let node = scheme.mention("\(stem)-\(span.start)-\(span.end)")
            add(node, Terms.type, .iri(Terms.nif("Phrase")))
            add(node, Terms.nif("referenceContext"), .iri(doc))
            add(node, Terms.nif("beginIndex"), .literal(Literal(String(span.start), datatype: Terms.xsd("nonNegativeInteger"))))
            add(node, Terms.nif("endIndex"), .literal(Literal(String(span.end), datatype: Terms.xsd("nonNegativeInteger"))))
            add(node, Terms.nif("anchorOf"), text(span.text))
            return node
        }
        for mention in found.mentions {
            add(phrase(mention.span), Terms.itsrdf("taIdentRef"), .iri(iri(mention.key)))
        }

        // Roles as W3C ORG memberships, dated by the release that states them.
        for role in found.roles {
            let title = Slug.make(role.title)
            let holder = role.organization.map { "\($0.kind.rawValue)-\($0.id)" } ?? "unaffiliated"
            let membership = scheme.membership("\(role.person.id)--\(title)--\(holder)")
            let roleNode = scheme.role(title)
            add(membership, Terms.type, .iri(Terms.org("Membership")))
            add(membership, Terms.org("member"), .iri(iri(role.person)))
            add(membership, Terms.org("role"), .iri(roleNode))
            if let org = role.organization { add(membership, Terms.org("organization"), .iri(iri(org))) }
            if let state = role.state, state != role.organization { add(membership, Terms.communique("onBehalfOfState"), .iri(iri(state))) }
            if let published = release.datePublished { add(membership, Terms.dcterms("date"), date(published)) }
            add(membership, Terms.prov("wasDerivedFrom"), .iri(doc))
            add(phrase(role.span), Terms.itsrdf("taIdentRef"), .iri(membership))
            add(roleNode, Terms.type, .iri(Terms.org("Role")))
            add(roleNode, Terms.skos("prefLabel"), .literal(Literal(role.title, language: "en")))
        }

        for event in found.events {
            let node = iri(event.key)
            add(node, Terms.communique("eventType"), text(event.type))
            if let start = event.start { add(node, s("startDate"), date(start)) }
            if let end = event.end { add(node, s("endDate"), date(end)) }
            if let place = event.place {
                let placeNode = scheme.place(Slug.make(place))
                add(node, s("location"), .iri(placeNode))
                add(placeNode, Terms.type, .iri(s("Place")))
                add(placeNode, s("name"), text(place))
            }
            for key in event.organizers { add(node, s("organizer"), .iri(iri(key))) }
            for key in event.partners { add(node, s("contributor"), .iri(iri(key))) }
            for key in event.funders { add(node, s("funder"), .iri(iri(key))) }
            for key in event.speakers { add(node, s("performer"), .iri(iri(key))) }
            if let count = event.participantCount {
                add(node, Terms.communique("participantCount"), .literal(Literal(String(count), datatype: Terms.xsd("integer"))))
            }
            add(node, Terms.prov("wasDerivedFrom"), .iri(doc))
        }

        for quotation in found.quotations {
            let node = scheme.quotation("\(stem)-\(quotation.span.start)")
            add(node, Terms.type, .iri(s("Quotation")))
            add(node, s("text"), text(quotation.text))
            add(node, s("creator"), .iri(iri(quotation.speaker)))
            add(node, s("isPartOf"), .iri(doc))
            add(phrase(quotation.span), Terms.itsrdf("taIdentRef"), .iri(node))
        }
    }
}

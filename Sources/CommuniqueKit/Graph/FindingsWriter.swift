import RDFModel

/// Writes what the extractor found in one document into the document's named graph.
struct FindingsWriter {
    let scheme: IdentifierScheme
    let knowledge: Knowledge
    let document: IRI
    let release: PressRelease

    private var s: Namespace { Terms.schema }

    func iri(_ key: Findings.Key) -> IRI {
        switch key.kind {
        case .person: scheme.person(key.id)
        case .organization: scheme.organization(key.id)
        case .state: scheme.state(key.id)
        case .event: scheme.event(key.id)
        }
    }

    func write(_ found: Findings, to graph: inout Graph) {
        let doc = document
        func add(_ subject: IRI, _ predicate: IRI, _ object: Term) {
            graph.insert(Triple(.iri(subject), predicate, object), in: doc)
        }
        func text(_ value: String) -> Term { .literal(Literal(value)) }
        func date(_ value: CalendarDate) -> Term { .literal(Literal(value.iso8601, datatype: Terms.date)) }
        var described = Set<Findings.Key>()

        func describe(_ key: Findings.Key, _ entity: Findings.Entity?) {
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
                    let parentKey = Findings.Key(kind: .organization, id: parent)
                    add(node, s("parentOrganization"), .iri(iri(parentKey)))
                    add(node, Terms.org("subOrganizationOf"), .iri(iri(parentKey)))
                    if let known = knowledge.organizations[parent] {
                        var parentEntity = Findings.Entity(key: parentKey, name: known.name)
                        parentEntity.acronym = known.acronym
                        parentEntity.parent = known.parent
                        parentEntity.wikidata = known.wikidata?.value
                        describe(parentKey, found.entities[parentKey] ?? parentEntity)
                    }
                }
                if let stateID = entity?.state {
                    let stateKey = Findings.Key(kind: .state, id: stateID)
                    if let year = entity?.chairmanshipYear {
                        add(node, Terms.communique("chairmanshipYear"), .literal(Literal(String(year), datatype: Terms.xsd("gYear"))))
                        add(node, Terms.communique("heldBy"), .iri(iri(stateKey)))
                    } else {
                        add(node, s("areaServed"), .iri(iri(stateKey)))
                    }
                    if let state = knowledge.states[stateID] {
                        describe(stateKey, found.entities[stateKey] ?? Findings.Entity(key: stateKey, name: state.name))
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
        func phrase(_ span: Findings.Span) -> IRI {
            let node = scheme.mention("\(stem)-\(span.start)-\(span.end)")
            add(node, Terms.type, .iri(Terms.nif("Phrase")))
            add(node, Terms.nif("referenceContext"), .iri(doc))
            add(node, Terms.nif("beginIndex"), .literal(Literal(String(span.start), datatype: Terms.xsd("nonNegativeInteger"))))
            add(node, Terms.nif("endIndex"), .literal(Literal(String(span.end), datatype: Terms.xsd("nonNegativeInteger"))))
            add(node, Terms.nif("anchorOf"), text(span.text))
            return node
        }
        // A relation stated at a place of the text, as an RDF statement (reification) that the phrase refers to.
        func statement(_ subject: IRI, _ predicate: IRI, _ object: Term, _ span: Findings.Span, _ name: String) {
            let node = scheme.statement("\(stem)-\(Slug.make(subject.value.split(separator: "/").last.map(String.init) ?? ""))-\(name)")
            add(node, Terms.type, .iri(Terms.rdf("Statement")))
            add(node, Terms.rdf("subject"), .iri(subject))
            add(node, Terms.rdf("predicate"), .iri(predicate))
            add(node, Terms.rdf("object"), object)
            add(node, Terms.prov("wasDerivedFrom"), .iri(doc))
            add(phrase(span), Terms.itsrdf("taIdentRef"), .iri(node))
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
            if let body = role.actingFor {
                add(iri(role.person), Terms.prov("actedOnBehalfOf"), .iri(iri(body)))
                statement(iri(role.person), Terms.prov("actedOnBehalfOf"), .iri(iri(body)), role.span, "acted-on-behalf-of-\(body.id)")
            }
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
                let value = Term.literal(Literal(String(count), datatype: Terms.xsd("integer")))
                add(node, Terms.communique("participantCount"), value)
                if let at = event.participantCountSpan { statement(node, Terms.communique("participantCount"), value, at, "participant-count") }
            }
            // What the event follows: a decision (a creative work) or an earlier event, as an influence.
            for precedent in event.precedents {
                let slug = Slug.make(precedent.name)
                let work = precedent.kind == .event ? scheme.event(slug) : scheme.work(slug)
                add(work, Terms.type, .iri(s(precedent.kind == .event ? "Event" : "CreativeWork")))
                add(work, s("name"), text(precedent.name))
                if let year = precedent.year {
                    let value = precedent.month.map { Literal(String(format: "%04d-%02d", year, $0), datatype: Terms.xsd("gYearMonth")) }
                        ?? Literal(String(format: "%04d", year), datatype: Terms.xsd("gYear"))
                    add(work, Terms.dcterms("date"), .literal(value))
                }
                if let creator = precedent.creator {
                    add(work, s(precedent.kind == .event ? "organizer" : "creator"), .iri(iri(creator)))
                }
                add(node, Terms.prov("wasInfluencedBy"), .iri(work))
                statement(node, Terms.prov("wasInfluencedBy"), .iri(work), precedent.span, "follows-\(slug)")
            }
            for stated in event.statements {
                let predicate: IRI = switch stated.relation {
                case .organizer: s("organizer")
                case .partner: s("contributor")
                case .funder: s("funder")
                case .speaker: s("performer")
                }
                statement(node, predicate, .iri(iri(stated.object)), stated.span, "\(stated.relation.rawValue)-\(stated.object.kind.rawValue)-\(stated.object.id)")
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

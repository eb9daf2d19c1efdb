import Foundation
import RDFModel

extension FindingsWriter {
    /// An event: type, dates, place, parties, speakers, participants and precedents, each relation also as a
    /// statement with the text that states it.
    mutating func write(_ event: Findings.Event) {
        let s = Terms.schema
        let node = scheme.iri(event.key)
        add(node, Terms.communique("eventType"), .iri(Terms.eventType(LocalName.named(event.type))))
        if let start = event.start { add(node, s("startDate"), date(start)) }
        if let end = event.end { add(node, s("endDate"), date(end)) }
        if let place = event.place {
            let placeNode = scheme.place(LocalName.named(place))
            add(node, s("location"), .iri(placeNode))
            add(placeNode, Terms.type, .iri(s("Place")))
            name(placeNode, place)
        }
        for key in event.organizers { add(node, s("organizer"), .iri(scheme.iri(key))) }
        for key in event.partners { add(node, s("contributor"), .iri(scheme.iri(key))) }
        for key in event.funders { add(node, s("funder"), .iri(scheme.iri(key))) }
        for key in event.speakers { add(node, s("performer"), .iri(scheme.iri(key))) }
        if let count = event.participantCount {
            let value = Term.literal(Literal(String(count), datatype: Terms.xsd("integer")))
            add(node, Terms.communique("participantCount"), value)
            if let at = event.participantCountSpan, let rule = event.participantCountRule {
                statement(node, Terms.communique("participantCount"), value, at, "participant-count", rule: rule)
            }
        }
        for precedent in event.precedents { write(precedent, of: node) }
        for stated in event.statements {
            statement(node, predicate(of: stated.relation), .iri(scheme.iri(stated.object)), stated.span,
                      "\(stated.relation.rawValue)-\(stated.object.kind.rawValue)-\(stated.object.id)", rule: stated.rule)
        }
        derivedFromDocument(node)
    }

    private func predicate(of relation: Findings.EventStatement.Relation) -> IRI {
        switch relation {
        case .organizer: Terms.schema("organizer")
        case .partner: Terms.schema("contributor")
        case .funder: Terms.schema("funder")
        case .speaker: Terms.schema("performer")
        }
    }

    /// What the event follows: a decision (a creative work) or an earlier event, as an influence.
    private mutating func write(_ precedent: Findings.Precedent, of event: IRI) {
        let s = Terms.schema
        let slug = LocalName.named(precedent.name)
        let work = precedent.kind == .event ? scheme.event(slug) : scheme.work(slug)
        add(work, Terms.type, .iri(s(precedent.kind == .event ? "Event" : "CreativeWork")))
        name(work, precedent.name)
        if let year = precedent.year {
            let value = precedent.month.map { Literal(String(format: "%04d-%02d", year, $0), datatype: Terms.xsd("gYearMonth")) }
                ?? Literal(String(format: "%04d", year), datatype: Terms.xsd("gYear"))
            add(work, Terms.dcterms("date"), .literal(value))
        }
        if let creator = precedent.creator {
            add(work, s(precedent.kind == .event ? "organizer" : "creator"), .iri(scheme.iri(creator)))
        }
        add(event, Terms.prov("wasInfluencedBy"), .iri(work))
        statement(event, Terms.prov("wasInfluencedBy"), .iri(work), precedent.span, "follows-\(slug)", rule: precedent.rule)
    }
}

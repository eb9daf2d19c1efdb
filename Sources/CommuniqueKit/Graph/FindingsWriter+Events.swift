import Foundation
import RDFModel

extension FindingsWriter {
    /// An event: type, dates, place, parties, speakers, participants and precedents, each relation also as a
    /// statement with the text that states it.
    mutating func write(_ event: Findings.Event) {
        let node = scheme.iri(event.key)
        add(node, Terms.Communique.eventType, .iri(Terms.eventType(LocalName.named(event.type))))
        if let start = event.start { add(node, Terms.Schema.startDate, date(start)) }
        if let end = event.end { add(node, Terms.Schema.endDate, date(end)) }
        if let place = event.place {
            let placeNode = scheme.place(LocalName.named(place))
            add(node, Terms.Schema.location, .iri(placeNode))
            add(placeNode, Terms.type, .iri(Terms.Schema.Place))
            name(placeNode, place)
        }
        for key in event.organizers { add(node, Terms.Schema.organizer, .iri(scheme.iri(key))) }
        for key in event.partners { add(node, Terms.Schema.contributor, .iri(scheme.iri(key))) }
        for key in event.funders { add(node, Terms.Schema.funder, .iri(scheme.iri(key))) }
        for key in event.speakers { add(node, Terms.Schema.performer, .iri(scheme.iri(key))) }
        if let count = event.participantCount {
            let value = Term.literal(Literal(String(count), datatype: Terms.XSD.integer))
            add(node, Terms.Communique.participantCount, value)
            if let at = event.participantCountSpan, let rule = event.participantCountRule {
                statement(node, Terms.Communique.participantCount, value, at, "participant-count", rule: rule)
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
        case .organizer: Terms.Schema.organizer
        case .partner: Terms.Schema.contributor
        case .funder: Terms.Schema.funder
        case .speaker: Terms.Schema.performer
        }
    }

    /// What the event follows: a decision (a creative work) or an earlier event, as an influence.
    private mutating func write(_ precedent: Findings.Precedent, of event: IRI) {
        let slug = LocalName.named(precedent.name)
        let work = precedent.kind == .event ? scheme.event(slug) : scheme.work(slug)
        add(work, Terms.type, .iri(precedent.kind == .event ? Terms.Schema.Event : Terms.Schema.CreativeWork))
        name(work, precedent.name)
        if let year = precedent.year {
            let value = precedent.month.map { Literal(String(format: "%04d-%02d", year, $0), datatype: Terms.XSD.gYearMonth) }
                ?? Literal(String(format: "%04d", year), datatype: Terms.XSD.gYear)
            add(work, Terms.DCTerms.date, .literal(value))
        }
        if let creator = precedent.creator {
            add(work, precedent.kind == .event ? Terms.Schema.organizer : Terms.Schema.creator, .iri(scheme.iri(creator)))
        }
        add(event, Terms.Prov.wasInfluencedBy, .iri(work))
        statement(event, Terms.Prov.wasInfluencedBy, .iri(work), precedent.span, "follows-\(slug)", rule: precedent.rule)
    }
}

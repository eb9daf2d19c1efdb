import RDFModel

extension FindingsWriter {
    /// A role as a W3C ORG membership, dated by the release that states it.
    mutating func write(_ role: Findings.Role) {
        let membershipName = LocalName.membership(person: role.person.id, title: role.title, holder: role.organization)
        let membership = scheme.membership(membershipName)
        let roleNode = scheme.role(LocalName.named(role.title))
        let person = scheme.iri(role.person)
        add(membership, Terms.type, .iri(Terms.Org.Membership))
        add(membership, Terms.Org.member, .iri(person))
        add(membership, Terms.Org.role, .iri(roleNode))
        if let org = role.organization { add(membership, Terms.Org.organization, .iri(scheme.iri(org))) }
        if let state = role.state, state != role.organization {
            add(membership, Terms.Communique.onBehalfOfState, .iri(scheme.iri(state)))
        }
        if let body = role.actingFor {
            add(person, Terms.Prov.actedOnBehalfOf, .iri(scheme.iri(body)))
            statement(person, Terms.Prov.actedOnBehalfOf, .iri(scheme.iri(body)), role.span, "acted-on-behalf-of-\(body.id)",
                      rule: .speakingOnBehalfOf)
        }
        if let published = release.datePublished { add(membership, Terms.DCTerms.date, date(published)) }
        derivedFromDocument(membership)
        anchor(role.span, to: membership)
        statement(person, Terms.Org.hasMembership, .iri(membership), role.span, "holds-" + membershipName.dropFirst(role.person.id.count + 2),
                  rule: role.rule)
        add(roleNode, Terms.type, .iri(Terms.Org.Role))
        add(roleNode, Terms.SKOS.prefLabel, .literal(Literal(role.title, language: "en")))
        add(roleNode, Terms.RDFS.label, .literal(Literal(role.title, language: "en")))
    }

    /// A quotation with its speaker, part of the document.
    mutating func write(_ quotation: Findings.Quotation) {
        let node = scheme.quotation(LocalName.quotation(document: documentName, start: quotation.span.start))
        add(node, Terms.type, .iri(Terms.Schema.Quotation))
        add(node, Terms.Schema.text, text(quotation.text))
        add(node, Terms.Schema.creator, .iri(scheme.iri(quotation.speaker)))
        add(node, Terms.Schema.isPartOf, .iri(document))
        if provenance == .full { add(node, Terms.Prov.wasGeneratedBy, .iri(Terms.rule(quotation.rule.rawValue))) }
        anchor(quotation.span, to: node)
    }
}

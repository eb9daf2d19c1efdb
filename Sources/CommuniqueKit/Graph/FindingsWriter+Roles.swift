import RDFModel

extension FindingsWriter {
    /// A role as a W3C ORG membership, dated by the release that states it.
    mutating func write(_ role: Findings.Role) {
        let membershipName = LocalName.membership(person: role.person.id, title: role.title, holder: role.organization)
        let membership = scheme.membership(membershipName)
        let roleNode = scheme.role(LocalName.named(role.title))
        let person = scheme.iri(role.person)
        add(membership, Terms.type, .iri(Terms.org("Membership")))
        add(membership, Terms.org("member"), .iri(person))
        add(membership, Terms.org("role"), .iri(roleNode))
        if let org = role.organization { add(membership, Terms.org("organization"), .iri(scheme.iri(org))) }
        if let state = role.state, state != role.organization {
            add(membership, Terms.communique("onBehalfOfState"), .iri(scheme.iri(state)))
        }
        if let body = role.actingFor {
            add(person, Terms.prov("actedOnBehalfOf"), .iri(scheme.iri(body)))
            statement(person, Terms.prov("actedOnBehalfOf"), .iri(scheme.iri(body)), role.span, "acted-on-behalf-of-\(body.id)",
                      rule: .speakingOnBehalfOf)
        }
        if let published = release.datePublished { add(membership, Terms.dcterms("date"), date(published)) }
        derivedFromDocument(membership)
        anchor(role.span, to: membership)
        statement(person, Terms.org("hasMembership"), .iri(membership), role.span, "holds-" + membershipName.dropFirst(role.person.id.count + 2),
                  rule: role.rule)
        add(roleNode, Terms.type, .iri(Terms.org("Role")))
        add(roleNode, Terms.skos("prefLabel"), .literal(Literal(role.title, language: "en")))
        add(roleNode, Terms.rdfs("label"), .literal(Literal(role.title, language: "en")))
    }

    /// A quotation with its speaker, part of the document.
    mutating func write(_ quotation: Findings.Quotation) {
        let node = scheme.quotation(LocalName.quotation(document: documentName, start: quotation.span.start))
        add(node, Terms.type, .iri(Terms.schema("Quotation")))
        add(node, Terms.schema("text"), text(quotation.text))
        add(node, Terms.schema("creator"), .iri(scheme.iri(quotation.speaker)))
        add(node, Terms.schema("isPartOf"), .iri(document))
        if provenance == .full { add(node, Terms.prov("wasGeneratedBy"), .iri(Terms.rule(quotation.rule.rawValue))) }
        anchor(quotation.span, to: node)
    }
}

import RDFModel

extension FindingsWriter {
    /// The NIF phrase of a span of the document, with its offsets and text.
    mutating func phrase(_ span: Findings.Span) -> IRI {
        let node = scheme.mention(LocalName.mention(document: documentName, start: span.start, end: span.end))
        add(node, Terms.type, .iri(Terms.nif("Phrase")))
        add(node, Terms.nif("referenceContext"), .iri(document))
        add(node, Terms.nif("beginIndex"), .literal(Literal(String(span.start), datatype: Terms.xsd("nonNegativeInteger"))))
        add(node, Terms.nif("endIndex"), .literal(Literal(String(span.end), datatype: Terms.xsd("nonNegativeInteger"))))
        add(node, Terms.nif("anchorOf"), text(span.text))
        return node
    }

    /// A relation stated at a place of the text, as an RDF statement (reification) derived from the document,
    /// which the phrase of that place refers to.
    mutating func statement(_ subject: IRI, _ predicate: IRI, _ object: Term, _ span: Findings.Span, _ relation: String) {
        let node = scheme.statement(LocalName.statement(document: documentName, subject: IRIName(subject.value), relation: relation))
        add(node, Terms.type, .iri(Terms.rdf("Statement")))
        add(node, Terms.rdf("subject"), .iri(subject))
        add(node, Terms.rdf("predicate"), .iri(predicate))
        add(node, Terms.rdf("object"), object)
        add(node, Terms.prov("wasDerivedFrom"), .iri(document))
        add(phrase(span), Terms.itsrdf("taIdentRef"), .iri(node))
    }
}

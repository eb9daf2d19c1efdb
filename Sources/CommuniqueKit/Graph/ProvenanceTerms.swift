import RDFModel

/// The terms of provenance, made once: a build writes them for every mention and every relation.
enum ProvenanceTerms {
    static let taIdentRef = Terms.itsrdf("taIdentRef"), wasDerivedFrom = Terms.prov("wasDerivedFrom")
    static let wasGeneratedBy = Terms.prov("wasGeneratedBy")
    static let phrase = Term.iri(Terms.nif("Phrase")), referenceContext = Terms.nif("referenceContext")
    static let beginIndex = Terms.nif("beginIndex"), endIndex = Terms.nif("endIndex"), anchorOf = Terms.nif("anchorOf")
    static let nonNegativeInteger = Terms.xsd("nonNegativeInteger")
    static let statement = Term.iri(Terms.rdf("Statement")), subject = Terms.rdf("subject")
    static let predicate = Terms.rdf("predicate"), object = Terms.rdf("object")
}

import RDFModel

extension EntityIndex {
    /// The vocabulary terms the index reads.
    enum Terms {
        static let type = Vocabulary.rdf("type")
        static let subject = Vocabulary.rdf("subject"), predicate = Vocabulary.rdf("predicate"), object = Vocabulary.rdf("object")
        static let statement = Vocabulary.rdf("Statement")
        static let annotation = IRI("http://www.w3.org/ns/oa#Annotation")
        static let membership = Vocabulary.org("Membership"), member = Vocabulary.org("member")
        static let organization = Vocabulary.org("organization"), role = Vocabulary.org("role"), roleClass = Vocabulary.org("Role"), roleName = Vocabulary.schema("roleName")
        static let subOrganizationOf = Vocabulary.org("subOrganizationOf"), parentOrganization = Vocabulary.schema("parentOrganization")
        static let derivedFrom = Vocabulary.prov("wasDerivedFrom"), generatedAt = Vocabulary.prov("generatedAtTime")
        static let datePublished = Vocabulary.schema("datePublished"), dcDate = Vocabulary.dcterms("date")
        static let text = Vocabulary.schema("text")
        static let foaf = Namespace(prefix: "foaf", iri: "http://xmlns.com/foaf/0.1/")

        /// The properties that name a node, most preferred first.
        static let labels: [IRI] = [
            Vocabulary.schema("name"), Vocabulary.rdfs("label"), Vocabulary.skos("prefLabel"), foaf("name"),
            Vocabulary.dcterms("title"), Vocabulary.schema("headline"), text,
        ]
        /// The properties that give other names to find a node by.
        static let alternateNames: [IRI] = [
            Vocabulary.schema("alternateName"), Vocabulary.skos("altLabel"), foaf("nick"), Vocabulary.schema("identifier"),
            Vocabulary.dcterms("identifier"), IRI("http://www.geonames.org/ontology#countryCode"),
        ]
        /// Properties whose values refer to things outside the graph, or classify a node (a type given as an
        /// IRI, such as the tool's event types): never links, which would join every event of a type in one hub.
        static let references: Set<IRI> = [
            Vocabulary.owl("sameAs"), Vocabulary.rdfs("seeAlso"), Vocabulary.schema("sameAs"), Vocabulary.schema("url"),
            foaf("homepage"), Vocabulary.rdfs("isDefinedBy"), Vocabulary.schema("additionalType"), Vocabulary.dcterms("type"),
            IRI("https://w3id.org/communique/ontology#eventType"),
        ]
    }
}

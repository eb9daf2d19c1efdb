public import RDFModel

/// The vocabulary terms the graph uses, in one place.
public enum Terms {
    static let rdf = Vocabulary.rdf, rdfs = Vocabulary.rdfs, xsd = Vocabulary.xsd, schema = Vocabulary.schema
    static let skos = Vocabulary.skos, dcterms = Vocabulary.dcterms, org = Vocabulary.org, prov = Vocabulary.prov
    static let owl = Vocabulary.owl, nif = Vocabulary.nif

    /// The project's own ontology, for what no standard vocabulary has (declared in `Ontology/communique.ttl`).
    public static let communique = Namespace(prefix: "cq", iri: "https://w3id.org/communique/ontology#")

    /// The extractor's named rules (declared in `Ontology/rules.ttl`), which statements say made them.
    public static let rule = Namespace(prefix: "rule", iri: "https://w3id.org/communique/rule/")

    /// The event types, SKOS concepts declared in `Ontology/event-types.ttl`: `eventtype:conference`.
    public static let eventType = Namespace(prefix: "eventtype", iri: "https://w3id.org/communique/event-type/")
    /// GeoNames: `gn:countryCode`, a state's ISO 3166-1 alpha-2 code.
    public static let geonames = Namespace(prefix: "gn", iri: "http://www.geonames.org/ontology#")
    /// ITS 2.0 in RDF, for the entity a NIF mention refers to.
    public static let itsrdf = Namespace(prefix: "itsrdf", iri: "http://www.w3.org/2005/11/its/rdf#")

    public static let type = rdf("type")
    public static let date = xsd("date")
}

/// The standard vocabularies the project writes, with their usual prefixes.
public enum Vocabulary {
    public static let rdf = Namespace(prefix: "rdf", iri: "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    public static let rdfs = Namespace(prefix: "rdfs", iri: "http://www.w3.org/2000/01/rdf-schema#")
    public static let xsd = Namespace(prefix: "xsd", iri: "http://www.w3.org/2001/XMLSchema#")
    public static let owl = Namespace(prefix: "owl", iri: "http://www.w3.org/2002/07/owl#")
    public static let schema = Namespace(prefix: "schema", iri: "http://schema.org/")
    public static let org = Namespace(prefix: "org", iri: "http://www.w3.org/ns/org#")
    public static let skos = Namespace(prefix: "skos", iri: "http://www.w3.org/2004/02/skos/core#")
    public static let dcterms = Namespace(prefix: "dcterms", iri: "http://purl.org/dc/terms/")
    public static let prov = Namespace(prefix: "prov", iri: "http://www.w3.org/ns/prov#")
    public static let time = Namespace(prefix: "time", iri: "http://www.w3.org/2006/time#")
    public static let nif = Namespace(
        prefix: "nif", iri: "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    public static let wd = Namespace(prefix: "wd", iri: "http://www.wikidata.org/entity/")
    public static let sh = Namespace(prefix: "sh", iri: "http://www.w3.org/ns/shacl#")

    /// Every standard namespace above, in prefix order.
    public static let standard: [Namespace] = [
        dcterms, nif, org, owl, prov, rdf, rdfs, schema, sh, skos, time, wd, xsd,
    ]
}

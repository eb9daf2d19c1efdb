import RDFModel

/// The vocabulary terms a build writes, each made once: an IRI hashes its string when it is made, and
/// a build writes these in every document.
extension Terms {
    /// Terms of RDF.
    enum RDF {
        static let object = rdf("object")
        static let predicate = rdf("predicate")
        static let Statement = rdf("Statement")
        static let subject = rdf("subject")
    }

    /// Terms of RDF Schema.
    enum RDFS {
        static let label = rdfs("label")
    }

    /// Terms of XML Schema datatypes.
    enum XSD {
        static let gYear = xsd("gYear")
        static let gYearMonth = xsd("gYearMonth")
        static let integer = xsd("integer")
        static let nonNegativeInteger = xsd("nonNegativeInteger")
    }

    /// Terms of schema.org.
    enum Schema {
        static let alternateName = schema("alternateName")
        static let areaServed = schema("areaServed")
        static let contributor = schema("contributor")
        static let Country = schema("Country")
        static let CreativeWork = schema("CreativeWork")
        static let creator = schema("creator")
        static let datePublished = schema("datePublished")
        static let encodingFormat = schema("encodingFormat")
        static let endDate = schema("endDate")
        static let Event = schema("Event")
        static let funder = schema("funder")
        static let GovernmentOrganization = schema("GovernmentOrganization")
        static let headline = schema("headline")
        static let identifier = schema("identifier")
        static let inLanguage = schema("inLanguage")
        static let isPartOf = schema("isPartOf")
        static let location = schema("location")
        static let locationCreated = schema("locationCreated")
        static let mentions = schema("mentions")
        static let name = schema("name")
        static let NewsArticle = schema("NewsArticle")
        static let Organization = schema("Organization")
        static let organizer = schema("organizer")
        static let parentOrganization = schema("parentOrganization")
        static let performer = schema("performer")
        static let Person = schema("Person")
        static let Place = schema("Place")
        static let Quotation = schema("Quotation")
        static let sourceOrganization = schema("sourceOrganization")
        static let startDate = schema("startDate")
        static let text = schema("text")
    }

    /// Terms of W3C ORG.
    enum Org {
        static let FormalOrganization = org("FormalOrganization")
        static let hasMembership = org("hasMembership")
        static let member = org("member")
        static let Membership = org("Membership")
        static let organization = org("organization")
        static let Role = org("Role")
        static let role = org("role")
        static let subOrganizationOf = org("subOrganizationOf")
    }

    /// Terms of PROV-O.
    enum Prov {
        static let actedOnBehalfOf = prov("actedOnBehalfOf")
        static let wasDerivedFrom = prov("wasDerivedFrom")
        static let wasGeneratedBy = prov("wasGeneratedBy")
        static let wasInfluencedBy = prov("wasInfluencedBy")
    }

    /// Terms of SKOS.
    enum SKOS {
        static let altLabel = skos("altLabel")
        static let Concept = skos("Concept")
        static let prefLabel = skos("prefLabel")
    }

    /// Terms of Dublin Core terms.
    enum DCTerms {
        static let date = dcterms("date")
        static let subject = dcterms("subject")
    }

    /// Terms of OWL.
    enum OWL {
        static let sameAs = owl("sameAs")
    }

    /// Terms of NIF.
    enum NIF {
        static let anchorOf = nif("anchorOf")
        static let beginIndex = nif("beginIndex")
        static let Context = nif("Context")
        static let endIndex = nif("endIndex")
        static let isString = nif("isString")
        static let Phrase = nif("Phrase")
        static let referenceContext = nif("referenceContext")
    }

    /// Terms of ITS 2.0 RDF.
    enum ITSRDF {
        static let taIdentRef = itsrdf("taIdentRef")
    }

    /// Terms of GeoNames.
    enum GeoNames {
        static let countryCode = geonames("countryCode")
    }

    /// Terms of the project's ontology.
    enum Communique {
        static let chairmanshipYear = communique("chairmanshipYear")
        static let eventType = communique("eventType")
        static let heldBy = communique("heldBy")
        static let onBehalfOfState = communique("onBehalfOfState")
        static let participantCount = communique("participantCount")
    }
}

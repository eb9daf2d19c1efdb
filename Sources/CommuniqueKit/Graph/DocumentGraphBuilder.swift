public import RDFModel

/// Builds the knowledge graph of a set of press releases.
///
/// Every statement goes into the named graph of the document it comes from, so N-Quads output keeps
/// each document's statements apart.
///
/// ```swift
/// let builder = DocumentGraphBuilder(scheme: try IdentifierScheme())
/// let graph = builder.graph(for: releases)
/// try graph.write(as: .turtle, prefixes: builder.prefixes, toFile: "graph.ttl")
/// ```
public struct DocumentGraphBuilder: Sendable {
    public let scheme: IdentifierScheme
    /// The extractor of entities and relations; without one only the documents are described.
    public let extractor: Extractor?
    /// How much provenance is written: `full` unless asked otherwise.
    public var provenance = ProvenanceLevel.full

    public init(scheme: IdentifierScheme, extractor: Extractor? = nil) {
        self.scheme = scheme
        self.extractor = extractor
    }

    /// The prefixes for Turtle output: the standard vocabularies, the project's ontology and namespaces.
    public var prefixes: [Namespace] {
        Vocabulary.standard + [Terms.communique, Terms.itsrdf, Terms.rule, Terms.geonames, Terms.eventType] + scheme.namespaces
    }

    /// The graph of all the releases.
    public func graph(for releases: [PressRelease]) -> Graph {
        var graph = Graph()
        for release in releases { add(release, to: &graph) }
        return graph
    }

    /// Adds one release's statements, in its own named graph.
    public func add(_ release: PressRelease, to graph: inout Graph) {
        let document = scheme.document(fileName: release.fileName)
        func add(_ subject: Term, _ predicate: IRI, _ object: Term) {
            graph.insert(Triple(subject, predicate, object), in: document)
        }
        let doc = Term.iri(document)
        add(doc, Terms.type, .iri(Terms.Schema.NewsArticle))
        // The document is also the NIF context of its phrases: the text their offsets count in.
        if provenance == .full {
            let string = release.offsetText
            add(doc, Terms.type, .iri(Terms.NIF.Context))
            add(doc, Terms.NIF.isString, .literal(Literal(verbatim: string)))
            add(doc, Terms.NIF.beginIndex, .literal(Literal("0", datatype: Terms.XSD.nonNegativeInteger)))
            add(doc, Terms.NIF.endIndex, .literal(Literal(String(string.scalarCount), datatype: Terms.XSD.nonNegativeInteger)))
        }
        add(doc, Terms.Schema.identifier, .literal(Literal(release.fileName)))
        add(doc, Terms.Schema.inLanguage, .literal(Literal("en")))
        add(doc, Terms.Schema.encodingFormat, .literal(Literal(release.encodingFormat)))
        if !release.headline.isEmpty {
            add(doc, Terms.Schema.headline, .literal(Literal(release.headline, language: "en")))
            add(doc, Terms.RDFS.label, .literal(Literal(release.headline, language: "en")))
        }
        if let date = release.datePublished {
            add(doc, Terms.Schema.datePublished, .literal(Literal(date.iso8601, datatype: Terms.date)))
        }
        if let place = release.place {
            let node = Term.iri(scheme.place(LocalName.named(place)))
            add(doc, Terms.Schema.locationCreated, node)
            add(node, Terms.type, .iri(Terms.Schema.Place))
            add(node, Terms.Schema.name, .literal(Literal(place)))
            add(node, Terms.RDFS.label, .literal(Literal(place)))
        }
        // With an extractor, sources are resolved to the organizations they name (FindingsWriter).
        for source in release.sources where extractor == nil {
            let node = Term.iri(scheme.organization(LocalName.entity(named: source)))
            add(doc, Terms.Schema.sourceOrganization, node)
            add(node, Terms.type, .iri(Terms.Schema.Organization))
            add(node, Terms.Schema.name, .literal(Literal(source)))
            add(node, Terms.RDFS.label, .literal(Literal(source)))
        }
        for field in release.fieldsOfWork {
            let node = Term.iri(scheme.field(LocalName.named(field)))
            add(doc, Terms.DCTerms.subject, node)
            add(node, Terms.type, .iri(Terms.SKOS.Concept))
            add(node, Terms.SKOS.prefLabel, .literal(Literal(field, language: "en")))
            add(node, Terms.RDFS.label, .literal(Literal(field, language: "en")))
        }
        if let extractor {
            var writer = FindingsWriter(scheme: scheme, knowledge: extractor.knowledge, document: document, release: release,
                                        provenance: provenance)
            writer.write(extractor.extract(release), to: &graph)
        }
    }
}

import RDFModel

/// Writes what the extractor found in one document into the document's named graph: the entities, the
/// document's mentions of them, roles, the event and quotations, each with its provenance.
struct FindingsWriter {
    let scheme: IdentifierScheme
    let knowledge: Knowledge
    let document: IRI
    let release: PressRelease
    /// The local name of the document, which the names of its phrases, statements and quotations start with.
    let documentName: String
    var graph = Graph()
    /// The entities already described, so each is described once.
    var described = Set<Findings.Key>()
    /// How much provenance is written.
    let provenance: ProvenanceLevel

    init(scheme: IdentifierScheme, knowledge: Knowledge, document: IRI, release: PressRelease, provenance: ProvenanceLevel = .full) {
        self.provenance = provenance
        self.scheme = scheme
        self.knowledge = knowledge
        self.document = document
        self.release = release
        documentName = LocalName.document(fileName: release.fileName)
    }

    /// Adds the statements of the findings to the graph, in the document's named graph.
    mutating func write(_ found: Findings, to target: inout Graph) {
        swap(&graph, &target)
        defer { swap(&graph, &target) }
        for key in found.entities.keys.sorted() { describe(key, found.entities[key], in: found) }
        for key in Set(found.mentions.map(\.key)).sorted() { add(document, Terms.Schema.mentions, .iri(scheme.iri(key))) }
        for key in found.sources { add(document, Terms.Schema.sourceOrganization, .iri(scheme.iri(key))) }
        for mention in found.mentions { anchor(mention.span, to: scheme.iri(mention.key)) }
        for role in found.roles { write(role) }
        for event in found.events { write(event) }
        for quotation in found.quotations { write(quotation) }
    }

    /// Adds one statement to the document's graph.
    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: Term) {
        graph.insert(Triple(.iri(subject), predicate, object), in: document)
    }

    func text(_ value: String) -> Term { .literal(Literal(value)) }

    /// Names a node: `schema:name`, and `rdfs:label` for generic RDF browsers and tools.
    mutating func name(_ node: IRI, _ value: String) {
        add(node, Terms.Schema.name, text(value))
        add(node, Terms.RDFS.label, text(value))
    }

    func date(_ value: CalendarDate) -> Term { .literal(Literal(value.iso8601, datatype: Terms.date)) }
}

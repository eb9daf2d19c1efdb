public import RaptorRDF
public import RDFModel

/// Streamed builds: written as they go, never holding the whole graph.
extension CorpusBuilder {
    /// Builds the graph of the files and folders named and writes it as it goes, holding one batch of
    /// documents and the fingerprints of the statements about corpus-wide entities (to write each once)
    /// but never the whole graph. In N-Quads every document's statements go to its own graph; in N-Triples a
    /// statement about an entity met in several documents is written once. N-Triples and N-Quads are
    /// serialized on the threads that extract, each document's statements into lines that this thread
    /// only copies out; Turtle is grouped batch by batch here. When no document could be read, nothing is
    /// written (a file already at `path` stays as it was).
    public func stream(_ paths: [String], as syntax: RDFSyntax, prefixes: [Namespace] = [], toFile path: String?,
                       progress: Progress? = nil) throws -> StreamResult {
        let (files, collectErrors) = try plan(paths)
        var result = StreamResult(documents: [], statements: 0, errors: collectErrors)
        /// Thrown inside the stream so that it abandons its temporary file.
        struct NothingRead: Error {}
        do {
            try RDFStream.write(as: syntax, prefixes: prefixes, toFile: path, turtleBatch: turtleBatch) { sink in
                var seen = Set<StatementFingerprint>()
                /// The statements among `shared` written before, by index; the others are remembered as written.
                func written(_ shared: [(line: Int, fingerprint: StatementFingerprint)]) -> Set<Int> {
                    Set(shared.filter { !seen.insert($0.fingerprint).inserted }.map(\.line))
                }
                var failure: (any Error)? = nil
                forEachProduct(of: files, progress: progress, worker: serializer(for: syntax)) { product in
                    guard failure == nil else { return }
                    do {
                        switch product {
                        case .failed(let error):
                            result.errors.append(error)
                        case .triples(let document, let triples, let shared):
                            result.documents.append(document)
                            let repeated = written(shared)
                            try sink.write(triples.indices.filter { !repeated.contains($0) }.map { triples[$0] })
                        case .lines(let document, let lines, let shared):
                            result.documents.append(document)
                            let lines = try lines.get()
                            try sink.write(lines, skipping: written(shared).contains)
                        }
                    } catch {
                        failure = error
                    }
                }
                if let failure { throw failure }
                if result.documents.isEmpty { throw NothingRead() }
                result.statements = sink.count
            }
        } catch is NothingRead {}
        return result
    }

    /// A document made ready to stream, on the thread that extracted it.
    enum Streamed: Sendable {
        /// Its statements, for Turtle (grouped when written), and those about corpus-wide entities by
        /// index, with their fingerprints.
        case triples(BuiltDocument, [Triple], shared: [(line: Int, fingerprint: StatementFingerprint)])
        /// Its statements as lines of the output's syntax, or the error that stopped them, and the lines
        /// about corpus-wide entities with their fingerprints (in N-Triples, where those are written once).
        case lines(BuiltDocument, Swift.Result<StatementLines, RaptorError>, shared: [(line: Int, fingerprint: StatementFingerprint)])
        case failed(InputError)
    }

    /// What each worker thread does with a file: extract it, then serialize it with the thread's own
    /// writer in N-Triples and N-Quads.
    func serializer(for syntax: RDFSyntax) -> @Sendable () -> (InputFile) -> Streamed {
        { [self] in
            let writer = syntax == .turtle ? nil : Swift.Result { () throws(RaptorError) in try StatementLineWriter(syntax: syntax) }
            return { file in
                switch outcome(for: file) {
                case .failed(let error):
                    return .failed(error)
                case .built(let file, _, let graph):
                    let document = summary(of: file, graph)
                    let numbered = graph.numberedStatements(withGraphs: syntax.hasNamedGraphs)
                    guard let writer else {
                        let triples = numbered.statements.map(numbered.triple)
                        return .triples(document, triples, shared: shared(numbered) { StatementFingerprint(triples[$0].description.utf8) })
                    }
                    return streamed(numbered, of: document, by: writer, as: syntax)
                }
            }
        }
    }

    private func streamed(_ numbered: NumberedStatements, of document: BuiltDocument, by writer: Swift.Result<StatementLineWriter, RaptorError>,
                          as syntax: RDFSyntax) -> Streamed {
        let lines = Swift.Result { () throws(RaptorError) in try writer.get().lines(of: numbered) }
        guard !syntax.hasNamedGraphs, case .success(let written) = lines else { return .lines(document, lines, shared: []) }
        return .lines(document, lines, shared: shared(numbered) { StatementFingerprint(written.line($0)) })
    }

    /// The indices of the statements about corpus-wide entities, with their fingerprints; whether a subject
    /// is the document's own is told once per term.
    private func shared(_ numbered: NumberedStatements, _ fingerprint: (Int) -> StatementFingerprint) -> [(line: Int, fingerprint: StatementFingerprint)] {
        let prefixes = perDocumentPrefixes
        let perDocument = numbered.terms.map { isPerDocument($0, prefixes) }
        return numbered.statements.indices.filter { !perDocument[numbered.statements[$0].subject] }.map { (line: $0, fingerprint: fingerprint($0)) }
    }

    /// Whether a subject is the document or one of its parts (mentions, reified statements, quotations),
    /// which no other document describes: an IRI that starts with one of `prefixes`.
    func isPerDocument(_ subject: Term, _ prefixes: [String]) -> Bool {
        guard case .iri(let iri) = subject else { return false }
        return prefixes.contains { iri.value.hasPrefix($0) }
    }

    /// The IRI prefixes of a document and its parts.
    var perDocumentPrefixes: [String] {
        [builder.scheme.document, builder.scheme.mention, builder.scheme.statement, builder.scheme.quotation].map(\.iri)
    }
}

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
        try stream(planned: try plan(paths), as: syntax, prefixes: prefixes, toFile: path, progress: progress)
    }

    /// Streams the inputs `plan(_:)` gave, as `stream(_:as:prefixes:toFile:progress:)` does those it plans.
    public func stream(planned: (files: [InputFile], errors: [InputError]), as syntax: RDFSyntax, prefixes: [Namespace] = [],
                       toFile path: String?, progress: Progress? = nil) throws -> StreamResult {
        let (files, collectErrors) = planned
        var result = StreamResult(documents: [], statements: 0, errors: collectErrors)
        /// Thrown inside the stream so that it abandons its temporary file.
        struct NothingRead: Error {}
        do {
            try RDFStream.write(as: syntax, prefixes: prefixes, toFile: path, turtleBatch: turtleBatch) { sink in
                var seen = Set<StatementFingerprint>()
                /// Whether each of `count` statements is among `shared` and written before; the others of
                /// `shared` are remembered as written.
                func written(_ shared: [(line: Int, fingerprint: StatementFingerprint)], of count: Int) -> [Bool] {
                    var repeated = [Bool](repeating: false, count: count)
                    for statement in shared where !seen.insert(statement.fingerprint).inserted { repeated[statement.line] = true }
                    return repeated
                }
                var failure: (any Error)? = nil
                forEachProduct(of: files, progress: progress, worker: serializer(for: syntax, prefixes: prefixes)) { product in
                    guard failure == nil else { return }
                    do {
                        switch product {
                        case .failed(let error):
                            result.errors.append(error)
                        case .turtle(let document, let block, let shared):
                            result.documents.append(document)
                            let block = try block.get()
                            try sink.write(turtleBlock: block.bytes, statements: block.statements)
                            let repeated = written(shared.fingerprints, of: shared.triples.count)
                            try sink.write(shared.triples.indices.filter { !repeated[$0] }.map { shared.triples[$0] })
                        case .lines(let document, let lines, let shared):
                            result.documents.append(document)
                            let lines = try lines.get()
                            let repeated = written(shared, of: lines.count)
                            try sink.write(lines, skipping: { repeated[$0] })
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
        /// In Turtle: the block of its own statements (about the document and its parts) and how many it
        /// holds, or the error that stopped it, and its statements about corpus-wide entities with their
        /// fingerprints (grouped when written, each once).
        case turtle(BuiltDocument, Swift.Result<(bytes: [UInt8], statements: Int), RaptorError>,
                    shared: (triples: [Triple], fingerprints: [(line: Int, fingerprint: StatementFingerprint)]))
        /// Its statements as lines of the output's syntax, or the error that stopped them, and the lines
        /// about corpus-wide entities with their fingerprints (in N-Triples, where those are written once).
        case lines(BuiltDocument, Swift.Result<StatementLines, RaptorError>, shared: [(line: Int, fingerprint: StatementFingerprint)])
        case failed(InputError)
    }

    /// What each worker thread does with a file: extract it, then serialize it with the thread's own
    /// writer (N-Triples and N-Quads whole, Turtle its own statements).
    func serializer(for syntax: RDFSyntax, prefixes: [Namespace]) -> @Sendable () -> (InputFile) -> Streamed {
        { [self] in
            let writer = syntax == .turtle ? nil : Swift.Result { () throws(RaptorError) in try StatementLineWriter(syntax: syntax) }
            let blocks = syntax == .turtle ? Swift.Result { () throws(RaptorError) in try TurtleBlockWriter(prefixes: prefixes) } : nil
            return { file in
                switch outcome(for: file) {
                case .failed(let error):
                    return .failed(error)
                case .built(let file, _, let graph):
                    let document = summary(of: file, graph)
                    let numbered = graph.numberedStatements(withGraphs: syntax.hasNamedGraphs)
                    if let blocks { return turtle(numbered, of: document, by: blocks) }
                    guard let writer else { preconditionFailure("a writer of lines for \(syntax.raptorName)") }
                    return streamed(numbered, of: document, by: writer, as: syntax)
                }
            }
        }
    }

    /// A document's own statements as a block of Turtle, and its statements about corpus-wide entities.
    private func turtle(_ numbered: NumberedStatements, of document: BuiltDocument,
                        by writer: Swift.Result<TurtleBlockWriter, RaptorError>) -> Streamed {
        let perDocument = perDocumentSubjects(numbered)
        let own = numbered.statements.indices.filter { perDocument[numbered.statements[$0].subject] }
        let block = Swift.Result { () throws(RaptorError) in (bytes: try writer.get().block(of: numbered, own), statements: own.count) }
        // Counted among the shared statements, whose triples go with them.
        let shared = shared(numbered, perDocument)
        let fingerprints = shared.enumerated().map { (line: $0.offset, fingerprint: $0.element.fingerprint) }
        let triples = shared.map { numbered.triple(numbered.statements[$0.line]) }
        return .turtle(document, block, shared: (triples, fingerprints))
    }

    private func streamed(_ numbered: NumberedStatements, of document: BuiltDocument, by writer: Swift.Result<StatementLineWriter, RaptorError>,
                          as syntax: RDFSyntax) -> Streamed {
        // The document's own terms are met in no other document: the writer need not remember them.
        let perDocument = perDocumentSubjects(numbered)
        let lines = Swift.Result { () throws(RaptorError) in try writer.get().lines(of: numbered, unique: perDocument) }
        guard !syntax.hasNamedGraphs, case .success = lines else { return .lines(document, lines, shared: []) }
        return .lines(document, lines, shared: shared(numbered, perDocument))
    }

    /// The indices of the statements about corpus-wide entities (whose subject is not one of the document's
    /// own terms), with their fingerprints; each term's fingerprint is made once.
    private func shared(_ numbered: NumberedStatements, _ perDocument: [Bool]) -> [(line: Int, fingerprint: StatementFingerprint)] {
        var terms = [Term.Fingerprint?](repeating: nil, count: numbered.terms.count)
        func fingerprint(_ index: Int) -> Term.Fingerprint {
            if let known = terms[index] { return known }
            let made = numbered.terms[index].fingerprint
            terms[index] = made
            return made
        }
        return numbered.statements.indices.filter { !perDocument[numbered.statements[$0].subject] }.map { line in
            let statement = numbered.statements[line]
            return (line: line, fingerprint: StatementFingerprint(subject: fingerprint(statement.subject), predicate: fingerprint(statement.predicate),
                                                           object: fingerprint(statement.object)))
        }
    }

    /// For each term of the statements, whether it is the document or one of its parts.
    private func perDocumentSubjects(_ numbered: NumberedStatements) -> [Bool] {
        let prefixes = perDocumentPrefixes
        return numbered.terms.map { isPerDocument($0, prefixes) }
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

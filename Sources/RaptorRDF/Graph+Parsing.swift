import CRaptor
public import RDFModel
#if canImport(Glibc)
import Glibc
#endif

/// Reading a graph through Raptor.
extension Graph {
    /// Reads an RDF file, or standard input for `-`; the syntax is guessed from the extension when not
    /// given (standard input needs it given).
    ///
    /// Errors name the file ("standard input" for `-`), and the line and column where Raptor knows them.
    ///
    /// ```swift
    /// let graph = try Graph(contentsOfFile: "graph.ttl")
    /// ```
    public init(contentsOfFile path: String, syntax: RDFSyntax? = nil) throws(RaptorError) {
        let fromStandardInput = path == "-"
        let shown = fromStandardInput ? "standard input" : path
        guard let syntax = syntax ?? RDFSyntax(fileName: path) else {
            throw RaptorError(fromStandardInput ? "name its RDF syntax (turtle, ntriples, nquads or rdfxml)"
                : "unknown RDF syntax: name a .ttl, .nt, .nq or .rdf file, or give the syntax", file: shown)
        }
        // Standard input through a duplicate of its descriptor, so that closing the stream leaves fd 0 open.
        guard let file = fromStandardInput ? fdopen(dup(STDIN_FILENO), "rb") : fopen(path, "rb") else {
            throw RaptorError("cannot read the file: \(String(cString: strerror(errno)))", file: path)
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
            if count < chunk.count { break }
        }
        guard ferror(file) == 0 else { throw RaptorError("cannot read the file", file: shown) }
        do {
            let base = fromStandardInput ? "urn:communique:standard-input" : "file://" + Graph.absolute(path)
            self = try Graph.parse(bytes, syntax: syntax, baseIRI: base)
        } catch {
            throw error.located(in: shown)
        }
    }

    /// Reads RDF text.
    public init(parsing text: String, syntax: RDFSyntax, baseIRI: String = "urn:communique:input") throws(RaptorError) {
        self = try Graph.parse(Array(text.utf8), syntax: syntax, baseIRI: baseIRI)
    }

    private static func parse(_ bytes: [UInt8], syntax: RDFSyntax, baseIRI: String) throws(RaptorError) -> Graph {
        try RaptorWorld.borrow { world throws(RaptorError) in
            guard let parser = raptor_new_parser(world.pointer, syntax.raptorName) else {
                throw world.takeError() ?? RaptorError("Raptor has no parser for \(syntax.raptorName)")
            }
            defer { raptor_free_parser(parser) }
            let base = try world.uri(baseIRI)
            defer { raptor_free_uri(base) }

            let sink = StatementSink()
            raptor_parser_set_statement_handler(parser, Unmanaged.passUnretained(sink).toOpaque()) { context, statement in
                guard let context, let statement else { return }
                Unmanaged<StatementSink>.fromOpaque(context).takeUnretainedValue().add(statement)
            }
            try world.check(raptor_parser_parse_start(parser, base), "starting the \(syntax.raptorName) parser")
            let status = bytes.withUnsafeBufferPointer { buffer in
                raptor_parser_parse_chunk(parser, buffer.baseAddress, buffer.count, 1)
            }
            try world.check(status, "parsing")
            if let error = sink.error { throw error }
            return sink.graph
        }
    }

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return cwd + "/" + path
    }
}

/// Collects what a Raptor parser hands to its statement handler.
private final class StatementSink {
    var graph = Graph()
    var error: RaptorError?

    func add(_ statement: UnsafeMutablePointer<raptor_statement>) {
        guard error == nil else { return }
        let s = statement.pointee
        guard let subjectTerm = s.subject, let predicateTerm = s.predicate, let objectTerm = s.object,
              let subject = RaptorWorld.swiftTerm(subjectTerm),
              case .iri(let predicate)? = RaptorWorld.swiftTerm(predicateTerm),
              let object = RaptorWorld.swiftTerm(objectTerm)
        else {
            error = RaptorError("Raptor handed over an incomplete statement")
            return
        }
        var graphName: IRI? = nil
        if let g = s.graph, case .iri(let name)? = RaptorWorld.swiftTerm(g) { graphName = name }
        graph.insert(Triple(subject, predicate, object), in: graphName)
    }
}

import CRaptor
import RDFModel
#if canImport(Glibc)
import Glibc
#endif

/// Owns one `raptor_serializer` writing into a `MemoryStream`.
final class RaptorSerializer {
    private let world: RaptorWorld
    private let pointer: OpaquePointer
    private let syntax: RDFSyntax

    init(world: RaptorWorld, syntax: RDFSyntax) throws(RaptorError) {
        guard let serializer = raptor_new_serializer(world.pointer, syntax.raptorName) else {
            throw world.takeError() ?? RaptorError("Raptor has no serializer for \(syntax.raptorName)")
        }
        self.world = world
        self.pointer = serializer
        self.syntax = syntax
    }

    deinit {
        raptor_free_serializer(pointer)
    }

    /// Starts writing into memory, with no base IRI (a base makes Turtle rewrite IRIs relative to it).
    func start(to stream: MemoryStream, prefixes: [Namespace] = []) throws(RaptorError) {
        try world.check(raptor_serializer_start_to_iostream(pointer, nil, stream.pointer), "starting the \(syntax.raptorName) serializer")
        try declare(prefixes)
    }

    private func declare(_ prefixes: [Namespace]) throws(RaptorError) {
        // Raptor's Turtle writer declares `rdf:` itself and refuses a second declaration.
        for namespace in prefixes where namespace.iri != Vocabulary.rdf.iri {
            let uri = try world.uri(namespace.iri)
            defer { raptor_free_uri(uri) }
            let status = namespace.prefix.withCString {
                raptor_serializer_set_namespace(pointer, uri, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self))
            }
            try world.check(status, "declaring the prefix \(namespace.prefix)")
        }
    }

    /// Writes one statement; the named graph is kept only by syntaxes that have one.
    func write(_ quad: Quad) throws(RaptorError) {
        let subject = try world.term(quad.triple.subject)
        let predicate: UnsafeMutablePointer<raptor_term>
        let object: UnsafeMutablePointer<raptor_term>
        var graph: UnsafeMutablePointer<raptor_term>? = nil
        do {
            predicate = try world.term(.iri(quad.triple.predicate))
        } catch {
            raptor_free_term(subject)
            throw error
        }
        do {
            object = try world.term(quad.triple.object)
            if syntax.hasNamedGraphs, let name = quad.graph { graph = try world.term(.iri(name)) }
        } catch {
            raptor_free_term(subject)
            raptor_free_term(predicate)
            throw error
        }
        // The statement takes ownership of its terms; serializing does not take the statement.
        guard let statement = raptor_new_statement_from_nodes(world.pointer, subject, predicate, object, graph) else {
            throw world.takeError() ?? RaptorError("Raptor could not make the statement \(quad)")
        }
        defer { raptor_free_statement(statement) }
        try world.check(raptor_serializer_serialize_statement(pointer, statement), "writing \(quad)")
    }

    /// Writes one statement of terms the caller owns and keeps (made once, written many times); the graph
    /// is kept only by syntaxes that have one.
    func write(subject: UnsafeMutablePointer<raptor_term>, predicate: UnsafeMutablePointer<raptor_term>,
               object: UnsafeMutablePointer<raptor_term>, graph: UnsafeMutablePointer<raptor_term>?) throws(RaptorError) {
        var statement = raptor_statement(world: world.pointer, usage: 0, subject: subject, predicate: predicate, object: object,
                                         graph: syntax.hasNamedGraphs ? graph : nil)
        try world.check(raptor_serializer_serialize_statement(pointer, &statement), "writing a statement")
    }

    /// Ends the document (Turtle is written out here, grouped by subject).
    func finish() throws(RaptorError) {
        try world.check(raptor_serializer_serialize_end(pointer), "ending the \(syntax.raptorName) output")
    }
}

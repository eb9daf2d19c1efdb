import CRaptor
import RDFModel

/// The Turtle that Raptor's Turtle writer gives one term: a prefixed name where a declared prefix fits and
/// makes a legal Turtle name, else `<IRI>`; a literal quoted (in triple quotes when it holds a line break),
/// with its language or datatype, an `xsd:integer` bare. It writes through `raptor_term_turtle_write`, with
/// a namespace stack holding what a Raptor Turtle serializer's holds for the same prefixes, in the same
/// order (XML's, then `rdf:`, then the prefixes, a repeated prefix or namespace left out): so the prefix
/// Raptor picks for an IRI is the one its serializer would pick. One world, one thread.
final class TurtleTermText {
    private let world: RaptorWorld
    /// The `raptor_namespace_stack`, owned here.
    private let stack: OpaquePointer
    private let stream: MemoryStream
    /// The namespaces the stack holds, XML's first: the prefixes Raptor may write an IRI with.
    let namespaces: [Namespace]

    init(world: RaptorWorld, prefixes: [Namespace]) throws(RaptorError) {
        guard let stack = raptor_new_namespaces(world.pointer, 1) else {
            throw world.takeError() ?? RaptorError("cannot make a Raptor namespace stack")
        }
        do {
            stream = try MemoryStream(world: world)
            var declared: [Namespace] = []
            // The serializer declares `rdf:` itself, first, and ignores a prefix or namespace declared twice.
            for namespace in [Vocabulary.rdf] + prefixes
            where !declared.contains(where: { $0.prefix == namespace.prefix || $0.iri == namespace.iri }) {
                let status = namespace.prefix.withCString { prefix in
                    namespace.iri.withCString { iri in
                        raptor_namespaces_start_namespace_full(stack, UnsafeRawPointer(prefix).assumingMemoryBound(to: UInt8.self),
                                                               UnsafeRawPointer(iri).assumingMemoryBound(to: UInt8.self), 0)
                    }
                }
                try world.check(status, "declaring the prefix \(namespace.prefix)")
                declared.append(namespace)
            }
            self.namespaces = TurtleTermText.predeclared(in: stack) + declared
        } catch {
            raptor_free_namespaces(stack)
            throw error
        }
        self.world = world
        self.stack = stack
    }

    /// The namespaces a new stack holds before any is declared (XML's).
    private static func predeclared(in stack: OpaquePointer) -> [Namespace] {
        guard let xml = "xml".withCString({ raptor_namespaces_find_namespace(stack, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), 3) }),
              let uri = raptor_namespace_get_uri(xml), let iri = raptor_uri_as_string(uri) else { return [] }
        return [Namespace(prefix: "xml", iri: String(cString: iri))]
    }

    deinit {
        raptor_free_namespaces(stack)
    }

    /// The bytes Raptor's Turtle writer writes for `term`.
    func bytes(of term: UnsafeMutablePointer<raptor_term>) throws(RaptorError) -> [UInt8] {
        let status = raptor_term_turtle_write(stream.pointer, term, stack, nil)
        do {
            try world.check(status, "writing a term in Turtle")
        } catch {
            _ = try? stream.take()
            throw error
        }
        return try stream.take()
    }
}

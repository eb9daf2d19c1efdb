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
    private let namespaces: OpaquePointer
    private let stream: MemoryStream

    init(world: RaptorWorld, prefixes: [Namespace]) throws(RaptorError) {
        guard let namespaces = raptor_new_namespaces(world.pointer, 1) else {
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
                        raptor_namespaces_start_namespace_full(namespaces, UnsafeRawPointer(prefix).assumingMemoryBound(to: UInt8.self),
                                                               UnsafeRawPointer(iri).assumingMemoryBound(to: UInt8.self), 0)
                    }
                }
                try world.check(status, "declaring the prefix \(namespace.prefix)")
                declared.append(namespace)
            }
        } catch {
            raptor_free_namespaces(namespaces)
            throw error
        }
        self.world = world
        self.namespaces = namespaces
    }

    deinit {
        raptor_free_namespaces(namespaces)
    }

    /// The bytes Raptor's Turtle writer writes for `term`.
    func bytes(of term: UnsafeMutablePointer<raptor_term>) throws(RaptorError) -> [UInt8] {
        let status = raptor_term_turtle_write(stream.pointer, term, namespaces, nil)
        do {
            try world.check(status, "writing a term in Turtle")
        } catch {
            _ = try? stream.take()
            throw error
        }
        return try stream.take()
    }
}

import CRaptor
public import RDFModel
#if canImport(Glibc)
import Glibc
#endif

/// Writing a graph through Raptor.
extension Graph {
    /// Writes the graph to a file whole or not at all (see `OutputFile`): a failure leaves no file behind
    /// and an existing file untouched.
    ///
    /// ```swift
    /// try graph.write(as: .turtle, prefixes: Vocabulary.standard, toFile: "graph.ttl")
    /// ```
    public func write(as syntax: RDFSyntax, prefixes: [Namespace] = [], toFile path: String) throws(RaptorError) {
        let output = try OutputFile(path: path)
        do {
            try write(as: syntax, prefixes: prefixes, to: output.stream)
        } catch {
            output.abandon()
            throw error.located(in: path)
        }
        try output.commit()
    }

    /// Writes the graph to standard output.
    public func writeToStandardOutput(as syntax: RDFSyntax, prefixes: [Namespace] = []) throws(RaptorError) {
        // A stream of its own on a duplicate of descriptor 1, so that closing it leaves stdout open.
        guard let file = fdopen(dup(1), "wb") else { throw RaptorError("cannot write to standard output") }
        defer { fclose(file) }
        try write(as: syntax, prefixes: prefixes, to: file)
        guard fflush(file) == 0 else {
            throw RaptorError("cannot write to standard output: \(String(cString: strerror(errno)))")
        }
    }

    /// The graph serialized into a string.
    public func serialized(as syntax: RDFSyntax, prefixes: [Namespace] = []) throws(RaptorError) -> String {
        let bytes = try RaptorWorld.borrow { world throws(RaptorError) in
            let stream = try MemoryStream(world: world)
            let serializer = try RaptorSerializer(world: world, syntax: syntax)
            try serializer.start(to: stream, prefixes: prefixes)
            try write(to: serializer, syntax: syntax)
            return try stream.take()
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func write(as syntax: RDFSyntax, prefixes: [Namespace], to file: UnsafeMutablePointer<FILE>) throws(RaptorError) {
        try RaptorWorld.borrow { world throws(RaptorError) in
            let serializer = try RaptorSerializer(world: world, syntax: syntax)
            try serializer.start(to: file, prefixes: prefixes)
            try write(to: serializer, syntax: syntax)
        }
    }

    /// Writes every statement and ends the document.
    private func write(to serializer: RaptorSerializer, syntax: RDFSyntax) throws(RaptorError) {
        if syntax.hasNamedGraphs {
            for quad in quads { try serializer.write(quad) }
        } else {
            for triple in triples { try serializer.write(Quad(triple, graph: nil)) }
        }
        try serializer.finish()
    }
}

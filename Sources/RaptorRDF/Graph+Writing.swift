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
        try write(as: syntax, prefixes: prefixes, through: try OutputFile(path: path), locatingErrorsIn: path)
    }

    /// Writes the graph to standard output.
    public func writeToStandardOutput(as syntax: RDFSyntax, prefixes: [Namespace] = []) throws(RaptorError) {
        try write(as: syntax, prefixes: prefixes, through: try OutputFile(standardOutputNamed: "standard output"), locatingErrorsIn: nil)
    }

    /// Writes the graph to an output and puts it in place, or abandons it on a failure (naming `path` in an
    /// error that names no file).
    private func write(as syntax: RDFSyntax, prefixes: [Namespace], through output: OutputFile,
                       locatingErrorsIn path: String?) throws(RaptorError) {
        do {
            try write(as: syntax, prefixes: prefixes, to: output)
        } catch {
            output.abandon()
            throw path.map { error.located(in: $0) } ?? error
        }
        try output.commit()
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

    /// Serializes into memory and hands the output what Raptor wrote every 4,096 statements and at the end
    /// (Turtle, grouped by subject, is all written at the end).
    private func write(as syntax: RDFSyntax, prefixes: [Namespace], to output: OutputFile) throws(RaptorError) {
        try RaptorWorld.borrow { world throws(RaptorError) in
            let stream = try MemoryStream(world: world)
            let serializer = try RaptorSerializer(world: world, syntax: syntax)
            try serializer.start(to: stream, prefixes: prefixes)
            try write(to: serializer, syntax: syntax) { () throws(RaptorError) in try output.write(stream.take()) }
            try output.write(stream.take())
        }
    }

    /// Writes every statement and ends the document, calling `drain` after every 4,096 statements.
    private func write(to serializer: RaptorSerializer, syntax: RDFSyntax,
                       drain: () throws(RaptorError) -> Void = {}) throws(RaptorError) {
        var count = 0
        func wrote() throws(RaptorError) {
            count += 1
            if count % 4_096 == 0 { try drain() }
        }
        if syntax.hasNamedGraphs {
            for quad in quads {
                try serializer.write(quad)
                try wrote()
            }
        } else {
            for triple in triples {
                try serializer.write(Quad(triple, graph: nil))
                try wrote()
            }
        }
        try serializer.finish()
    }
}

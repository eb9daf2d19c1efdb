import CRaptor
public import RDFModel
#if canImport(Glibc)
import Glibc
#endif

/// Writes statements through Raptor as they are produced, without holding the whole graph: for corpora
/// too large to keep in memory. A file is written whole or not at all (see `OutputFile`), so a failed run
/// leaves no half-written file.
///
/// ```swift
/// try RDFStream.write(as: .nQuads, toFile: "graph.nq") { sink in
///     for lines in documentLines { try sink.write(lines) }   // StatementLines made by a StatementLineWriter
/// }
/// ```
public enum RDFStream {
    /// Where the statements go while the stream is open.
    public final class Sink {
        private let serializer: RaptorSerializer?
        /// Turtle goes batch by batch through Raptor's grouping writer instead of one serializer.
        let turtle: TurtleBatches?
        private let syntax: RDFSyntax
        private let output: OutputFile
        /// What `serializer` writes into, handed to the output after each write so that the order holds.
        private let serialized: MemoryStream?
        /// The number of statements written.
        public private(set) var count = 0

        init(serializer: RaptorSerializer?, serialized: MemoryStream? = nil, turtle: TurtleBatches? = nil, syntax: RDFSyntax,
             output: OutputFile) {
            self.serializer = serializer
            self.serialized = serialized
            self.turtle = turtle
            self.syntax = syntax
            self.output = output
        }

        /// Writes lines that Raptor serialized elsewhere in this stream's syntax (N-Triples or N-Quads), in
        /// their order, but those for which `skip` says true.
        public func write(_ lines: StatementLines, skipping skip: (Int) -> Bool = { _ in false }) throws(RaptorError) {
            guard turtle == nil, lines.count > 0 else { return }
            var runStart: Int? = nil
            for index in 0...lines.count {
                if index < lines.count, !skip(index) {
                    if runStart == nil { runStart = index }
                    continue
                }
                guard let first = runStart else { continue }
                runStart = nil
                let from = lines.start(of: first), to = lines.ends[index - 1]
                try output.write(lines.bytes, from..<to)
                count += index - first
            }
        }

        /// Writes a block of Turtle that a `TurtleBlockWriter` with this stream's prefixes made, holding
        /// `statements` statements (in Turtle only).
        public func write(turtleBlock bytes: [UInt8], statements: Int) throws(RaptorError) {
            guard let turtle else { throw RaptorError("a block of Turtle goes only into a Turtle stream") }
            try turtle.write(block: bytes)
            count += statements
        }

        /// Writes some triples, in the order given.
        public func write(_ triples: [Triple]) throws(RaptorError) {
            count += triples.count
            if let turtle { return try turtle.add(triples) }
            for triple in triples { try serializer?.write(Quad(triple, graph: nil)) }
            if let serialized { try output.write(serialized.take()) }
        }
    }

    /// Opens a stream to the file at `path` (standard output when nil), runs `body` with it, and closes it.
    /// Turtle is written in batches of `turtleBatch` statements.
    public static func write<T>(as syntax: RDFSyntax, prefixes: [Namespace] = [], toFile path: String?, turtleBatch: Int = 100_000,
                                _ body: (Sink) throws -> T) throws -> T {
        let output = try path.map { path throws(RaptorError) in try OutputFile(path: path) } ?? OutputFile(standardOutputNamed: "standard output")
        do {
            let result = syntax == .turtle ? try writeTurtle(prefixes: prefixes, to: output, batch: turtleBatch, body) : try RaptorWorld.borrow { world throws(RaptorError) -> Result<T, any Error> in
                // What the serializer writes itself (nothing, in N-Triples and N-Quads) goes through memory.
                let stream = try MemoryStream(world: world)
                let serializer = try RaptorSerializer(world: world, syntax: syntax)
                try serializer.start(to: stream, prefixes: prefixes)
                try output.write(stream.take())
                let produced = Result { try body(Sink(serializer: serializer, serialized: stream, syntax: syntax, output: output)) }
                try serializer.finish()
                try output.write(stream.take())
                return produced
            }
            let value = try result.get()
            try output.commit()
            return value
        } catch {
            output.abandon()
            if let error = error as? RaptorError, let path { throw error.located(in: path) }
            throw error
        }
    }

    /// Turtle in batches: the body's statements, written whenever a batch is full and at the end.
    private static func writeTurtle<T>(prefixes: [Namespace], to output: OutputFile, batch: Int,
                                       _ body: (Sink) throws -> T) throws(RaptorError) -> Result<T, any Error> {
        let batches = try TurtleBatches(output: output, prefixes: prefixes, batchLimit: max(1, batch))
        let produced = Result { try body(Sink(serializer: nil, turtle: batches, syntax: .turtle, output: output)) }
        if case .success = produced { try batches.flush() }
        return produced
    }
}

import RDFModel
#if canImport(Glibc)
import Glibc
#endif

/// Turtle written batch by batch: the statements of each batch are held in a graph until the batch is
/// full, then grouped by subject as Raptor's Turtle serializer groups them (by a `TurtleBlockWriter`, whose
/// memory of terms lasts across batches: these statements are about corpus-wide entities); the prefixes
/// are written once, at the top, by Raptor's serializer, and a subject may come back in a later batch (which
/// Turtle allows), so memory follows the batch, not the corpus.
final class TurtleBatches {
    private let output: OutputFile
    private let prefixes: [Namespace]
    private let blocks: TurtleBlockWriter
    /// The statements of the batch being held.
    private var batch = Graph()
    /// The statements added to the batch, repeats counted.
    private var held = 0
    private var wroteHeader = false
    /// Statements held before a batch is written.
    let batchLimit: Int

    init(output: OutputFile, prefixes: [Namespace], batchLimit: Int = 100_000) throws(RaptorError) {
        self.output = output
        self.prefixes = prefixes
        self.batchLimit = batchLimit
        blocks = try TurtleBlockWriter(prefixes: prefixes)
    }

    func add(_ triples: [Triple]) throws(RaptorError) {
        for triple in triples { batch.insert(triple) }
        held += triples.count
        if held >= batchLimit { try flush() }
    }

    /// Writes a block of Turtle made elsewhere (by a `TurtleBlockWriter` with the same prefixes), after the
    /// prefix lines.
    func write(block bytes: [UInt8]) throws(RaptorError) {
        try writeHeader()
        try output.write(bytes)
    }

    /// Writes the statements held, after the prefix lines.
    func flush() throws(RaptorError) {
        try writeHeader()
        guard held > 0 else { return }
        let numbered = batch.numberedStatements(withGraphs: false)
        let bytes = try blocks.block(of: numbered, numbered.statements.indices, subjectsRecur: true)
        batch = Graph()
        held = 0
        try output.write(bytes)
    }

    /// The prefix lines and the blank line after them, as Raptor's Turtle serializer writes them, once.
    private func writeHeader() throws(RaptorError) {
        guard !wroteHeader else { return }
        let header = try RaptorWorld.borrow { world throws(RaptorError) -> [UInt8] in
            let stream = try MemoryStream(world: world)
            let serializer = try RaptorSerializer(world: world, syntax: .turtle)
            try serializer.start(to: stream, prefixes: prefixes)
            try serializer.finish()
            return try stream.take()
        }
        try output.write(header)
        wroteHeader = true
    }

    /// Where the Turtle starts after its `@prefix` and `@base` lines and the blank line after them.
    static func headerEnd(_ bytes: [UInt8]) -> Int {
        var index = 0
        func starts(with word: String) -> Bool { bytes[index...].starts(with: word.utf8) }
        while starts(with: "@prefix ") || starts(with: "@base ") {
            guard let end = bytes[index...].firstIndex(of: 10) else { return bytes.count }
            index = end + 1
        }
        if index < bytes.count, bytes[index] == 10 { index += 1 }
        return index
    }
}

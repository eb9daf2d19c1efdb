import RDFModel
#if canImport(Glibc)
import Glibc
#endif

/// Turtle written batch by batch: each batch of statements goes straight into a Raptor Turtle serializer,
/// which groups it by subject (and drops repeats) in memory until the batch is full; the prefixes are
/// written once, at the top, and a subject may come back in a later batch (which Turtle allows), so memory
/// follows the batch, not the corpus.
final class TurtleBatches {
    private let file: UnsafeMutablePointer<FILE>
    private let prefixes: [Namespace]
    private let world: RaptorWorld
    /// The serializer of the batch being held and the memory it writes into, opened by the first statement.
    private var batch: (serializer: RaptorSerializer, stream: MemoryStream)? = nil
    private var held = 0
    private var wroteHeader = false
    /// Statements held before a batch is written.
    let batchLimit: Int

    init(file: UnsafeMutablePointer<FILE>, prefixes: [Namespace], batchLimit: Int = 100_000) throws(RaptorError) {
        self.file = file
        self.prefixes = prefixes
        self.batchLimit = batchLimit
        world = try RaptorWorld.checkOut()
    }

    deinit {
        batch = nil
        RaptorWorld.checkIn(world)
    }

    func add(_ triples: [Triple]) throws(RaptorError) {
        let serializer = try open().serializer
        for triple in triples { try serializer.write(Quad(triple, graph: nil)) }
        held += triples.count
        if held >= batchLimit { try flush() }
    }

    /// Writes a block of Turtle made elsewhere (by a `TurtleBlockWriter` with the same prefixes), after the
    /// prefix lines.
    func write(block bytes: [UInt8]) throws(RaptorError) {
        if !wroteHeader { try flush() }
        try write(bytes, from: 0)
    }

    private func open() throws(RaptorError) -> (serializer: RaptorSerializer, stream: MemoryStream) {
        if let batch { return batch }
        let stream = try MemoryStream(world: world)
        let serializer = try RaptorSerializer(world: world, syntax: .turtle)
        try serializer.start(to: stream, prefixes: prefixes)
        batch = (serializer, stream)
        return (serializer, stream)
    }

    /// Writes the statements held, without the prefix lines after the first batch.
    func flush() throws(RaptorError) {
        guard held > 0 || !wroteHeader else { return }
        let (serializer, stream) = try open()
        try serializer.finish()
        let bytes = try stream.take()
        let from = wroteHeader ? TurtleBatches.headerEnd(bytes) : 0
        wroteHeader = true
        batch = nil
        held = 0
        try write(bytes, from: from)
    }

    private func write(_ bytes: [UInt8], from: Int) throws(RaptorError) {
        let written = bytes.withUnsafeBufferPointer { from == $0.count ? 0 : fwrite($0.baseAddress! + from, 1, $0.count - from, file) }
        guard written == bytes.count - from else {
            throw RaptorError("cannot write: \(String(cString: strerror(errno)))")
        }
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

import RDFModel
#if canImport(Glibc)
import Glibc
#endif

/// Turtle written batch by batch: each batch of statements is grouped by subject by Raptor's Turtle writer,
/// the prefixes are written once, at the top, and a subject may come back in a later batch (which Turtle
/// allows), so memory follows the batch, not the corpus.
final class TurtleBatches {
    private let file: UnsafeMutablePointer<FILE>
    private let prefixes: [Namespace]
    private var buffer = Graph()
    private var wroteHeader = false
    /// Statements held before a batch is written.
    let batchLimit: Int

    init(file: UnsafeMutablePointer<FILE>, prefixes: [Namespace], batchLimit: Int = 100_000) {
        self.file = file
        self.prefixes = prefixes
        self.batchLimit = batchLimit
    }

    func add(_ triples: [Triple]) throws(RaptorError) {
        for triple in triples { buffer.insert(triple) }
        if buffer.count >= batchLimit { try flush() }
    }

    /// Writes the statements held, without the prefix lines after the first batch.
    func flush() throws(RaptorError) {
        guard buffer.count > 0 || !wroteHeader else { return }
        var text = try buffer.serialized(as: .turtle, prefixes: prefixes)
        if wroteHeader { text = TurtleBatches.withoutHeader(text) }
        wroteHeader = true
        buffer = Graph()
        let bytes = Array(text.utf8)
        guard bytes.isEmpty || fwrite(bytes, 1, bytes.count, file) == bytes.count else {
            throw RaptorError("cannot write: \(String(cString: strerror(errno)))")
        }
    }

    /// The Turtle without its `@prefix` and `@base` lines and the blank line after them.
    static func withoutHeader(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let first = lines.first, first.hasPrefix("@prefix ") || first.hasPrefix("@base ") { lines = lines.dropFirst() }
        if lines.first?.isEmpty == true { lines = lines.dropFirst() }
        return lines.joined(separator: "\n")
    }
}

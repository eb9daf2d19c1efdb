import CRaptor
public import RDFModel

/// Serializes some statements of a document as one block of Turtle, grouped by subject by Raptor's Turtle
/// writer, without the prefix lines (the stream writes those once, at the top): made on the thread that
/// built the statements, so that a streamed Turtle build groups in parallel. One per worker thread.
///
/// ```swift
/// let writer = try TurtleBlockWriter(prefixes: Vocabulary.prefixes)
/// let numbered = graph.numberedStatements(withGraphs: false)
/// let block = try writer.block(of: numbered, numbered.statements.indices)
/// ```
public final class TurtleBlockWriter {
    private let world: RaptorWorld
    private let prefixes: [Namespace]
    /// The memory every block is written into, emptied after each.
    private var stream: MemoryStream?

    public init(prefixes: [Namespace]) throws(RaptorError) {
        let world = try RaptorWorld.checkOut()
        do {
            stream = try MemoryStream(world: world)
        } catch {
            RaptorWorld.checkIn(world)
            throw error
        }
        self.world = world
        self.prefixes = prefixes
    }

    deinit {
        stream = nil
        RaptorWorld.checkIn(world)
    }

    /// The Turtle of the statements at `indices`, prefix lines left out; each distinct term is made into a
    /// Raptor term once. No statements give no bytes.
    public func block(of numbered: NumberedStatements, _ indices: some Sequence<Int>) throws(RaptorError) -> [UInt8] {
        guard let stream else { throw RaptorError("the Turtle block writer is closed") }
        let terms = RaptorTerms(numbered.terms, in: world)
        func term(_ index: Int) throws(RaptorError) -> UnsafeMutablePointer<raptor_term> { try terms.term(index) }
        let serializer = try RaptorSerializer(world: world, syntax: .turtle)
        var wrote = false
        do {
            try serializer.start(to: stream, prefixes: prefixes)
            for index in indices {
                let statement = numbered.statements[index]
                try serializer.write(subject: term(statement.subject), predicate: term(statement.predicate),
                                     object: term(statement.object), graph: nil)
                wrote = true
            }
            // Raptor holds the terms until the end of the document, when it writes them out.
            try withExtendedLifetime(terms) { () throws(RaptorError) in try serializer.finish() }
        } catch {
            _ = try? stream.take()
            throw error
        }
        let bytes = try stream.take()
        guard wrote else { return [] }
        return Array(bytes[TurtleBatches.headerEnd(bytes)...])
    }
}

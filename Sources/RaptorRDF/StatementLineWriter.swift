import CRaptor
public import RDFModel

/// Serializes statements into `StatementLines` through one Raptor N-Triples or N-Quads serializer, which
/// it keeps for its life (with a Raptor world no other thread uses meanwhile): one per worker thread.
///
/// ```swift
/// let writer = try StatementLineWriter(syntax: .nQuads)
/// let lines = try writer.lines(of: graph.numberedStatements(withGraphs: true))
/// ```
public final class StatementLineWriter {
    private let world: RaptorWorld
    private let stream: MemoryStream
    private let serializer: RaptorSerializer
    public let syntax: RDFSyntax

    /// A writer of N-Triples or N-Quads (the syntaxes of one statement a line).
    public init(syntax: RDFSyntax) throws(RaptorError) {
        guard syntax == .nTriples || syntax == .nQuads else {
            throw RaptorError("\(syntax.raptorName) is not written one statement a line")
        }
        let world = try RaptorWorld.checkOut()
        do {
            stream = try MemoryStream(world: world)
            serializer = try RaptorSerializer(world: world, syntax: syntax)
            try serializer.start(to: stream)
        } catch {
            RaptorWorld.checkIn(world)
            throw error
        }
        self.world = world
        self.syntax = syntax
    }

    deinit {
        try? serializer.finish()
        RaptorWorld.checkIn(world)
    }

    /// The lines of numbered statements, in their order: each distinct term is made into a Raptor term
    /// once, not once per statement.
    public func lines(of numbered: NumberedStatements) throws(RaptorError) -> StatementLines {
        var made = [UnsafeMutablePointer<raptor_term>?](repeating: nil, count: numbered.terms.count)
        defer { for term in made { if let term { raptor_free_term(term) } } }
        func term(_ index: Int) throws(RaptorError) -> UnsafeMutablePointer<raptor_term> {
            if let term = made[index] { return term }
            let term = try world.term(numbered.terms[index])
            made[index] = term
            return term
        }
        return try lines(count: numbered.statements.count) { index throws(RaptorError) in
            let statement = numbered.statements[index]
            try serializer.write(subject: term(statement.subject), predicate: term(statement.predicate),
                                 object: term(statement.object), graph: statement.graph.map(term))
        }
    }

    private func lines(count: Int, _ write: (Int) throws(RaptorError) -> Void) throws(RaptorError) -> StatementLines {
        var ends: [Int] = []
        ends.reserveCapacity(count)
        do {
            for index in 0..<count {
                try write(index)
                ends.append(stream.count)
            }
        } catch {
            _ = try? stream.take()
            throw error
        }
        return StatementLines(bytes: try stream.take(), ends: ends)
    }
}

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
    /// The Raptor objects of the writer, all freed before its world goes back to other threads.
    private final class Parts {
        let stream: MemoryStream
        let serializer: RaptorSerializer
        /// What Raptor writes for each term, where it could be learnt; else statements are serialized whole.
        let termBytes: TermBytes?

        init(world: RaptorWorld, syntax: RDFSyntax) throws(RaptorError) {
            stream = try MemoryStream(world: world)
            serializer = try RaptorSerializer(world: world, syntax: syntax)
            try serializer.start(to: stream)
            termBytes = TermBytes(world: world, syntax: syntax)
        }
    }

    private let world: RaptorWorld
    private var parts: Parts?
    /// The bytes of terms met in earlier documents, by term and place (predicates, classes, bodies named in
    /// many releases, offsets and dates): IRIs and short literals, forgotten all at once when there are
    /// `knownLimit`, so memory stays bounded on any corpus.
    private var known: [KnownTerm: [UInt8]] = [:]
    private static let knownLimit = 50_000
    /// Literals longer than this (sentences, whole texts) are seldom met twice and are not kept.
    private static let knownLiteralLength = 64
    public let syntax: RDFSyntax

    private struct KnownTerm: Hashable {
        let term: Term
        let place: Int
    }

    /// A writer of N-Triples or N-Quads (the syntaxes of one statement a line).
    public init(syntax: RDFSyntax) throws(RaptorError) {
        guard syntax == .nTriples || syntax == .nQuads else {
            throw RaptorError("\(syntax.raptorName) is not written one statement a line")
        }
        let world = try RaptorWorld.checkOut()
        do {
            parts = try Parts(world: world, syntax: syntax)
        } catch {
            RaptorWorld.checkIn(world)
            throw error
        }
        self.world = world
        self.syntax = syntax
    }

    deinit {
        try? parts?.serializer.finish()
        parts = nil
        RaptorWorld.checkIn(world)
    }

    /// The lines of numbered statements, in their order: each distinct term is made into a Raptor term
    /// once, not once per statement, and serialized by Raptor once per place it takes.
    public func lines(of numbered: NumberedStatements) throws(RaptorError) -> StatementLines {
        let terms = RaptorTerms(numbered.terms, in: world)
        func term(_ index: Int) throws(RaptorError) -> UnsafeMutablePointer<raptor_term> { try terms.term(index) }
        guard let parts else { throw RaptorError("the statement writer is closed") }
        if let termBytes = parts.termBytes { return try lines(of: numbered, from: termBytes, term: term) }
        return try lines(count: numbered.statements.count, in: parts.stream) { index throws(RaptorError) in
            let statement = numbered.statements[index]
            try parts.serializer.write(subject: term(statement.subject), predicate: term(statement.predicate),
                                 object: term(statement.object), graph: statement.graph.map(term))
        }
    }

    /// The lines joined from each term's bytes, learnt once per term and place: "S P O .", "S P O G .".
    private func lines(of numbered: NumberedStatements, from termBytes: TermBytes,
                       term: (Int) throws(RaptorError) -> UnsafeMutablePointer<raptor_term>) throws(RaptorError) -> StatementLines {
        var learnt = [[UInt8]?](repeating: nil, count: numbered.terms.count * TermBytes.Place.allCases.count)
        func bytes(_ index: Int, _ place: TermBytes.Place) throws(RaptorError) -> [UInt8] {
            let slot = index * TermBytes.Place.allCases.count + place.rawValue
            if let learnt = learnt[slot] { return learnt }
            let termHere = numbered.terms[index]
            var kept: KnownTerm? = nil
            if termHere.literal.map({ $0.lexicalForm.utf8.count <= StatementLineWriter.knownLiteralLength }) ?? true {
                kept = KnownTerm(term: termHere, place: place.rawValue)
                if let bytes = known[kept!] {
                    learnt[slot] = bytes
                    return bytes
                }
            }
            let written = try termBytes.bytes(of: term(index), in: place)
            learnt[slot] = written
            if let kept {
                if known.count >= StatementLineWriter.knownLimit { known.removeAll(keepingCapacity: true) }
                known[kept] = written
            }
            return written
        }
        let withGraphs = syntax.hasNamedGraphs
        var out: [UInt8] = []
        // About the length of a line of provenance (an N-Quads line also names its graph), so that the
        // bytes are seldom moved as they grow.
        out.reserveCapacity(numbered.statements.count * (withGraphs ? 260 : 200))
        var ends: [Int] = []
        ends.reserveCapacity(numbered.statements.count)
        for statement in numbered.statements {
            out += try bytes(statement.subject, .subject)
            out.append(0x20)
            out += try bytes(statement.predicate, .predicate)
            out.append(0x20)
            out += try bytes(statement.object, .object)
            if withGraphs, let graph = statement.graph {
                out.append(0x20)
                out += try bytes(graph, .graph)
            }
            out += [0x20, 0x2E, 0x0A]
            ends.append(out.count)
        }
        return StatementLines(bytes: out, ends: ends)
    }

    private func lines(count: Int, in stream: MemoryStream, _ write: (Int) throws(RaptorError) -> Void) throws(RaptorError) -> StatementLines {
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

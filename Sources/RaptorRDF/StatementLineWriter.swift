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
        /// What Raptor writes for terms in ASCII, made without asking it each time.
        let spelled: SpelledTermBytes?

        init(world: RaptorWorld, syntax: RDFSyntax) throws(RaptorError) {
            stream = try MemoryStream(world: world)
            serializer = try RaptorSerializer(world: world, syntax: syntax)
            try serializer.start(to: stream)
            termBytes = TermBytes(world: world, syntax: syntax)
            spelled = termBytes.map { SpelledTermBytes(termBytes: $0, world: world) }
        }
    }

    private let world: RaptorWorld
    private var parts: Parts?
    /// The bytes of terms met in earlier documents that the spelling rules do not cover, by term and place
    /// (blank nodes, IRIs and short literals in ASCII with a byte Raptor refused in a probe or a language or
    /// datatype beyond those learnt): forgotten all at once when there are `knownLimit`, so memory stays
    /// bounded on any corpus.
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
    /// once, not once per statement, and serialized by Raptor once per place it takes. The terms marked in
    /// `unique` (by index; a document's own IRIs) are met in no other call: their bytes are not kept for later.
    public func lines(of numbered: NumberedStatements, unique: [Bool] = []) throws(RaptorError) -> StatementLines {
        let terms = RaptorTerms(numbered.terms, in: world)
        func term(_ index: Int) throws(RaptorError) -> UnsafeMutablePointer<raptor_term> { try terms.term(index) }
        guard let parts else { throw RaptorError("the statement writer is closed") }
        if let termBytes = parts.termBytes, let spelled = parts.spelled {
            return try lines(of: numbered, unique: unique, from: termBytes, spelled, term: term)
        }
        return try lines(count: numbered.statements.count, in: parts.stream) { index throws(RaptorError) in
            let statement = numbered.statements[index]
            try parts.serializer.write(subject: term(statement.subject), predicate: term(statement.predicate),
                                 object: term(statement.object), graph: statement.graph.map(term))
        }
    }

    /// The lines joined from each term's bytes, made once per term and place (by `spelled`, else learnt
    /// from Raptor): "S P O .", "S P O G .". The bytes of the terms go into one buffer as they are made, and
    /// each line is copied from it.
    private func lines(of numbered: NumberedStatements, unique: [Bool], from termBytes: TermBytes,
                       _ spelled: SpelledTermBytes, term: (Int) throws(RaptorError) -> UnsafeMutablePointer<raptor_term>) throws(RaptorError) -> StatementLines {
        let places = TermBytes.Place.allCases.count
        var pieces: [UInt8] = []
        pieces.reserveCapacity(numbered.terms.count * 64)
        // Where the bytes of each term in each place are in `pieces`; -1 until learnt.
        var pieceStart = [Int](repeating: -1, count: numbered.terms.count * places)
        var pieceCount = [Int](repeating: 0, count: numbered.terms.count * places)
        func slot(_ index: Int, _ place: TermBytes.Place) throws(RaptorError) -> Int {
            let slot = index * places + place.rawValue
            if pieceStart[slot] < 0 {
                let start = pieces.count
                if !spelled.append(numbered.terms[index], in: place, to: &pieces) {
                    let kept = index < unique.count && unique[index] ? nil : numbered.terms[index]
                    pieces += try self.bytes(of: kept, place, from: termBytes) { () throws(RaptorError) in try term(index) }
                }
                pieceStart[slot] = start
                pieceCount[slot] = pieces.count - start
            }
            return slot
        }
        let withGraphs = syntax.hasNamedGraphs
        // Each line's slots, subject to graph (-1 for the default graph), and the length of all lines.
        var slots: [Int] = []
        slots.reserveCapacity(numbered.statements.count * 4)
        var total = 0
        for statement in numbered.statements {
            slots.append(try slot(statement.subject, .subject))
            slots.append(try slot(statement.predicate, .predicate))
            slots.append(try slot(statement.object, .object))
            if withGraphs, let graph = statement.graph { slots.append(try slot(graph, .graph)) } else { slots.append(-1) }
            // The terms, a space after each, and ".\n".
            for slot in slots.suffix(4) where slot >= 0 { total += pieceCount[slot] + 1 }
            total += 2
        }
        var ends: [Int] = []
        ends.reserveCapacity(numbered.statements.count)
        let out = [UInt8](unsafeUninitializedCapacity: total) { buffer, count in
            pieces.withUnsafeBufferPointer { pieces in
                var at = 0
                for first in stride(from: 0, to: slots.count, by: 4) {
                    for slot in slots[first..<(first + 4)] where slot >= 0 {
                        let piece = UnsafeBufferPointer(rebasing: pieces[pieceStart[slot]..<(pieceStart[slot] + pieceCount[slot])])
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[at...]).initialize(fromContentsOf: piece)
                        buffer[at + piece.count] = 0x20
                        at += piece.count + 1
                    }
                    buffer[at] = 0x2E
                    buffer[at + 1] = 0x0A
                    at += 2
                    ends.append(at)
                }
                count = at
            }
        }
        return StatementLines(bytes: out, ends: ends)
    }

    /// The bytes of a term in a place: remembered from an earlier document, else learnt from Raptor (and
    /// remembered, when it is an IRI or a short literal spelled in ASCII); a term not given is learnt and not
    /// remembered.
    private func bytes(of termHere: Term?, _ place: TermBytes.Place, from termBytes: TermBytes,
                       raptorTerm: () throws(RaptorError) -> UnsafeMutablePointer<raptor_term>) throws(RaptorError) -> [UInt8] {
        var kept: KnownTerm? = nil
        if let termHere, termHere.literal.map({ $0.lexicalForm.utf8.count <= StatementLineWriter.knownLiteralLength }) ?? true,
           termHere.isSpelledInASCII {
            kept = KnownTerm(term: termHere, place: place.rawValue)
            if let bytes = known[kept!] { return bytes }
        }
        let written = try termBytes.bytes(of: raptorTerm(), in: place)
        if let kept {
            if known.count >= StatementLineWriter.knownLimit { known.removeAll(keepingCapacity: true) }
            known[kept] = written
        }
        return written
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

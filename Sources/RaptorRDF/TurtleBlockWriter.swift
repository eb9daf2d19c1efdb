import CRaptor
public import RDFModel

/// Writes some statements of a document as one block of Turtle, grouped by subject as Raptor's Turtle
/// serializer groups them, without the prefix lines (the stream writes those once, at the top): made on the
/// thread that built the statements, so that a streamed Turtle build groups in parallel. One per worker thread.
///
/// Raptor's Turtle writer writes every term (`TurtleTermText`), once per document or, for an IRI or short
/// literal met in earlier documents, once per writer, but the IRIs that the rules it learnt from Raptor cover
/// (`TurtleIRIBytes`, most of them); `TurtleBlockLayout` puts the terms where Raptor's
/// serializer puts them. Statements outside what that layout covers go through Raptor's serializer whole.
///
/// ```swift
/// let writer = try TurtleBlockWriter(prefixes: Vocabulary.prefixes)
/// let numbered = graph.numberedStatements(withGraphs: false)
/// let block = try writer.block(of: numbered, numbered.statements.indices)
/// ```
public final class TurtleBlockWriter {
    private let world: RaptorWorld
    private let prefixes: [Namespace]
    /// The memory every block Raptor's serializer writes goes into, emptied after each.
    private var stream: MemoryStream?
    private var termText: TurtleTermText?
    /// The Turtle of IRIs, made without Raptor where the rules it learnt cover them.
    private var iriBytes: TurtleIRIBytes?
    /// The Turtle of terms met in earlier blocks (predicates, classes, bodies named in many releases, offsets,
    /// dates): IRIs and short literals spelled in ASCII that were not subjects, forgotten all at once at
    /// `knownLimit`.
    private var known: [Term: [UInt8]] = [:]
    private static let knownLimit = 50_000
    private static let knownLiteralLength = 64

    public init(prefixes: [Namespace]) throws(RaptorError) {
        let world = try RaptorWorld.checkOut()
        do {
            stream = try MemoryStream(world: world)
            let text = try TurtleTermText(world: world, prefixes: prefixes)
            termText = text
            iriBytes = TurtleIRIBytes(namespaces: text.namespaces) { iri throws(RaptorError) in
                let made = try world.term(.iri(iri))
                defer { raptor_free_term(made) }
                return try text.bytes(of: made)
            }
        } catch {
            stream = nil
            RaptorWorld.checkIn(world)
            throw error
        }
        self.world = world
        self.prefixes = prefixes
    }

    deinit {
        stream = nil
        termText = nil
        iriBytes = nil
        RaptorWorld.checkIn(world)
    }

    /// The Turtle of the statements at `indices`, prefix lines left out; each distinct term is made into a
    /// Raptor term once. No statements give no bytes. The Turtle of the subjects is remembered for later
    /// blocks only when `subjectsRecur` (a document's own subjects are met in no other document).
    public func block(of numbered: NumberedStatements, _ indices: some Sequence<Int>,
                      subjectsRecur: Bool = false) throws(RaptorError) -> [UInt8] {
        let chosen = Array(indices)
        guard !chosen.isEmpty else { return [] }
        guard let termText else { throw RaptorError("the Turtle block writer is closed") }
        let terms = RaptorTerms(numbered.terms, in: world)
        // Which terms are subjects of the block, by term number (a flag each, not a set to hash into).
        var subjects = [Bool](repeating: false, count: numbered.terms.count)
        if !subjectsRecur { for index in chosen { subjects[numbered.statements[index].subject] = true } }
        var texts = [[UInt8]?](repeating: nil, count: numbered.terms.count)
        // The remembered texts are read and added to here, and put back at the end: a property of this object
        // would be checked for exclusive access at every look-up.
        var known = self.known
        self.known = [:]
        defer { self.known = known }
        func text(_ index: Int) throws(RaptorError) -> [UInt8] {
            if let written = texts[index] { return written }
            let term = numbered.terms[index]
            if case .iri(let iri) = term, let written = iriBytes?.bytes(of: iri) {
                texts[index] = written
                return written
            }
            let keep = !subjects[index] && Self.keepsText(of: term)
            if keep, let written = known[term] {
                texts[index] = written
                return written
            }
            let written = try termText.bytes(of: terms.term(index))
            texts[index] = written
            if keep {
                if known.count >= Self.knownLimit { known.removeAll(keepingCapacity: true) }
                known[term] = written
            }
            return written
        }
        if let laidOut = try TurtleBlockLayout.bytes(of: numbered, chosen, text: text) { return laidOut }
        return try serialized(numbered, chosen, terms)
    }

    /// Whether a term's Turtle is worth remembering for later blocks: an IRI or a short literal, spelled in ASCII.
    private static func keepsText(of term: Term) -> Bool {
        guard !term.isBlank, term.literal.map({ $0.lexicalForm.utf8.count <= knownLiteralLength }) ?? true else { return false }
        return term.isSpelledInASCII
    }

    /// The Turtle Raptor's serializer writes for the statements at `chosen`, prefix lines left out.
    func serialized(_ numbered: NumberedStatements, _ chosen: [Int], _ terms: RaptorTerms) throws(RaptorError) -> [UInt8] {
        guard let stream else { throw RaptorError("the Turtle block writer is closed") }
        func term(_ index: Int) throws(RaptorError) -> UnsafeMutablePointer<raptor_term> { try terms.term(index) }
        let serializer = try RaptorSerializer(world: world, syntax: .turtle)
        do {
            try serializer.start(to: stream, prefixes: prefixes)
            for index in chosen {
                let statement = numbered.statements[index]
                try serializer.write(subject: term(statement.subject), predicate: term(statement.predicate),
                                     object: term(statement.object), graph: nil)
            }
            // Raptor holds the terms until the end of the document, when it writes them out.
            try withExtendedLifetime(terms) { () throws(RaptorError) in try serializer.finish() }
        } catch {
            _ = try? stream.take()
            throw error
        }
        let bytes = try stream.take()
        return Array(bytes[TurtleBatches.headerEnd(bytes)...])
    }
}

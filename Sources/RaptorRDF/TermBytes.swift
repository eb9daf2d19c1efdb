import CRaptor
import RDFModel

/// The bytes Raptor's N-Triples or N-Quads serializer writes for terms, each learnt once per term and place
/// in the statement: Raptor serializes a probe statement with the term in its place and fixed terms in the
/// others, and the term's bytes are the line without them. A line is its terms joined by spaces and " .\n",
/// so lines made of these bytes are the ones Raptor writes, at a cost per distinct term, not per statement.
final class TermBytes {
    /// A place of a term in a statement.
    enum Place: Int, CaseIterable { case subject, predicate, object, graph }

    private let stream: MemoryStream
    private let serializer: RaptorSerializer
    /// The fixed terms of the probes, and their bytes: `<s:>`, `<p:>`, `<o:>`.
    private let fixed: [UnsafeMutablePointer<raptor_term>]
    private static let fixedIRIs = ["s:", "p:", "o:"]
    private static let fixedBytes = fixedIRIs.map { Array("<\($0)>".utf8) }
    /// For each place, the bytes of a probe line before and after the probed term: the fixed terms with
    /// their spaces, and " .\n" at the end.
    private static let margins: [(head: Int, tail: Int)] = Place.allCases.map { place in
        let before = place == .graph ? 3 : place.rawValue
        let after = place == .graph ? 0 : 2 - place.rawValue
        return (fixedBytes.prefix(before).reduce(0) { $0 + $1.count + 1 }, fixedBytes.suffix(after).reduce(0) { $0 + $1.count + 1 } + 3)
    }

    /// A prober for the serializer of `syntax`, in a world no other thread uses meanwhile; nil if Raptor
    /// does not write the probe line as expected (the caller then serializes statements whole).
    init?(world: RaptorWorld, syntax: RDFSyntax) {
        var made: [UnsafeMutablePointer<raptor_term>] = []
        do {
            for iri in TermBytes.fixedIRIs { made.append(try world.term(.iri(IRI(iri)))) }
            stream = try MemoryStream(world: world)
            serializer = try RaptorSerializer(world: world, syntax: syntax)
            try serializer.start(to: stream)
        } catch {
            for term in made { raptor_free_term(term) }
            return nil
        }
        // From here the fixed terms are the prober's, freed by `deinit` whatever happens.
        fixed = made
        do {
            try serializer.write(subject: made[0], predicate: made[1], object: made[2], graph: nil)
            guard try stream.take() == TermBytes.fixedBytes.joined(separator: [0x20]) + Array(" .\n".utf8) else { return nil }
        } catch {
            return nil
        }
    }

    deinit {
        try? serializer.finish()
        for term in fixed { raptor_free_term(term) }
    }

    /// The bytes Raptor writes for `term` in `place`.
    func bytes(of term: UnsafeMutablePointer<raptor_term>, in place: Place) throws(RaptorError) -> [UInt8] {
        var terms = Array(fixed)
        var graph: UnsafeMutablePointer<raptor_term>? = nil
        if place == .graph { graph = term } else { terms[place.rawValue] = term }
        try serializer.write(subject: terms[0], predicate: terms[1], object: terms[2], graph: graph)
        let line = try stream.take()
        let (head, tail) = TermBytes.margins[place.rawValue]
        guard line.count > head + tail else { throw RaptorError("Raptor wrote an unexpected line for a term") }
        return Array(line[head..<(line.count - tail)])
    }
}

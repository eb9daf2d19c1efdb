import CRaptor
import RDFModel

/// The bytes Raptor's N-Triples or N-Quads serializer writes for a term spelled only in ASCII bytes that
/// it writes as they are: the term's own bytes in a frame learnt from Raptor, made without asking Raptor.
///
/// Raptor escapes a term's strings byte by byte in ASCII, so what it writes for a term is known from what
/// it writes around one and for each byte. Once per writer, `TermBytes` probes
/// - in each place, the frame of an IRI (`<` and `>`) and the ASCII bytes Raptor writes unchanged in it;
/// - in the object place, the frame of a plain literal (the quotes) and the bytes it writes unchanged in a
///   lexical form, and, the first time a language or datatype is met, what follows (`@en`, `^^<…>`).
///
/// Each rule is checked against Raptor with a probe of all its bytes at once before it is used. A term the
/// rules do not cover (a blank node, a byte that Raptor escapes, a language or datatype not in ASCII) is
/// left to Raptor.
final class VerbatimTermBytes {
    /// What Raptor writes before and after a string's bytes, and the bytes it writes unchanged in between.
    private struct Frame {
        let head: [UInt8]
        let tail: [UInt8]
        let verbatim: ASCIIByteSet
    }

    /// What follows a literal's frame for one language tag or datatype (nil: Raptor writes more than that).
    private struct Suffix {
        let language: String?
        let datatype: IRI?
        let bytes: [UInt8]?
    }

    private let termBytes: TermBytes
    private let world: RaptorWorld
    /// The frame of an IRI in each place, where Raptor writes one as probed.
    private let iris: [Frame?]
    private let literals: Frame?
    /// The suffixes learnt, searched in order: a corpus uses a handful of languages and datatypes.
    private var suffixes: [Suffix] = []
    private static let suffixLimit = 64
    /// The string every probe is built around.
    private static let core = "q"

    /// Rules learnt from the prober `termBytes`, in the world it serializes in.
    init(termBytes: TermBytes, world: RaptorWorld) {
        self.termBytes = termBytes
        self.world = world
        iris = TermBytes.Place.allCases.map { place in
            VerbatimTermBytes.frame(after: Array("x:".utf8)) { text throws(RaptorError) in
                try VerbatimTermBytes.written(.iri(IRI("x:" + text)), place, by: termBytes, in: world)
            }
        }
        literals = VerbatimTermBytes.frame(after: []) { text throws(RaptorError) in
            try VerbatimTermBytes.written(.literal(Literal(text)), .object, by: termBytes, in: world)
        }
    }

    /// Appends what Raptor writes for `term` in `place` to `out` and returns true; or returns false and
    /// leaves `out` as it was, when the term is not covered by the rules.
    func append(_ term: Term, in place: TermBytes.Place, to out: inout [UInt8]) -> Bool {
        switch term {
        case .iri(let iri):
            guard let frame = iris[place.rawValue] else { return false }
            return VerbatimTermBytes.append(iri.value, in: frame, suffix: [], to: &out)
        case .literal(let literal):
            guard place == .object, let frame = literals else { return false }
            if literal.language == nil && literal.datatype == nil {
                return VerbatimTermBytes.append(literal.lexicalForm, in: frame, suffix: [], to: &out)
            }
            guard let suffix = suffix(of: literal) else { return false }
            return VerbatimTermBytes.append(literal.lexicalForm, in: frame, suffix: suffix, to: &out)
        case .blank:
            return false
        }
    }

    private static func append(_ text: String, in frame: Frame, suffix: [UInt8], to out: inout [UInt8]) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard frame.verbatim.containsAll(of: bytes) else { return false }
            out += frame.head
            out.append(contentsOf: bytes)
            out += frame.tail
            out += suffix
            return true
        } ?? false
    }

    /// What follows the frame of a literal with the language or datatype of `literal`: learnt from Raptor
    /// the first time, and checked with a second probe; nil where it is not ASCII or not as probed.
    private func suffix(of literal: Literal) -> [UInt8]? {
        for known in suffixes where known.language == literal.language && known.datatype == literal.datatype {
            return known.bytes
        }
        guard suffixes.count < VerbatimTermBytes.suffixLimit, let frame = literals else { return nil }
        let ascii = (literal.language ?? "").utf8.allSatisfy { $0 < 0x80 } && (literal.datatype?.value ?? "").utf8.allSatisfy { $0 < 0x80 }
        var learnt: [UInt8]? = nil
        if ascii {
            func like(_ text: String) -> Term {
                .literal(literal.datatype.map { Literal(text, datatype: $0) } ?? Literal(text, language: literal.language))
            }
            let probe = VerbatimTermBytes.core, check = VerbatimTermBytes.core + String(decoding: frame.verbatim.bytes, as: UTF8.self)
            if let written = try? VerbatimTermBytes.written(like(probe), .object, by: termBytes, in: world),
               let again = try? VerbatimTermBytes.written(like(check), .object, by: termBytes, in: world) {
                let framed = frame.head + Array(probe.utf8) + frame.tail
                if written.starts(with: framed) {
                    let suffix = Array(written[framed.count...])
                    if again == frame.head + Array(check.utf8) + frame.tail + suffix { learnt = suffix }
                }
            }
        }
        suffixes.append(Suffix(language: literal.language, datatype: literal.datatype, bytes: learnt))
        return learnt
    }

    /// The frame of the strings `write` writes, found around the probe string (after `lead`, a start every
    /// probe has), and the ASCII bytes written unchanged within one: each printable byte is tried inside
    /// the probe string, then all of them together.
    private static func frame(after lead: [UInt8], _ write: (String) throws(RaptorError) -> [UInt8]) -> Frame? {
        guard let written = try? write(core) else { return nil }
        let probe = lead + Array(core.utf8)
        guard let at = onlyPlace(of: probe, in: written) else { return nil }
        let head = Array(written[..<at]), tail = Array(written[(at + probe.count)...])
        var verbatim = ASCIIByteSet()
        for byte in UInt8(0x20)...UInt8(0x7E) {
            let text = core + String(UnicodeScalar(byte)) + core
            if (try? write(text)) == head + lead + Array(text.utf8) + tail { verbatim.insert(byte) }
        }
        // Written byte by byte: all the bytes in one string are written unchanged too.
        let all = core + String(decoding: verbatim.bytes, as: UTF8.self) + core
        guard (try? write(all)) == head + lead + Array(all.utf8) + tail else { return nil }
        return Frame(head: head, tail: tail, verbatim: verbatim)
    }

    /// Where `part` starts in `whole`, if it is there exactly once.
    private static func onlyPlace(of part: [UInt8], in whole: [UInt8]) -> Int? {
        guard whole.count >= part.count else { return nil }
        let starts = (0...(whole.count - part.count)).filter { whole[$0..<($0 + part.count)].elementsEqual(part) }
        return starts.count == 1 ? starts[0] : nil
    }

    /// What Raptor writes for `term` in `place`.
    private static func written(_ term: Term, _ place: TermBytes.Place, by termBytes: TermBytes,
                                in world: RaptorWorld) throws(RaptorError) -> [UInt8] {
        let made = try world.term(term)
        defer { raptor_free_term(made) }
        return try termBytes.bytes(of: made, in: place)
    }
}

import CRaptor
import RDFModel

/// The bytes Raptor's N-Triples or N-Quads serializer writes for a term, made without asking Raptor: the
/// term's bytes, each as Raptor writes it, in a frame learnt from Raptor.
///
/// Raptor escapes a term's strings character by character, so what it writes for a term is known from what
/// it writes around one and for each character. Once per writer, `TermBytes` probes
/// - in each place, the frame of an IRI (`<` and `>`) and how Raptor writes each character in it;
/// - in the object place, the frame of a plain literal (the quotes) and how it writes each character in a
///   lexical form (`"` as `\"`, a line end as `\n`, `’` as `\u2019`), and, the first time a language or
///   datatype is met, what follows (`@en`, `^^<…>`).
///
/// Each rule is checked against Raptor with a probe of all its bytes at once before it is used. A term the
/// rules do not cover (a blank node, a byte Raptor refused in a probe, a language or datatype not in
/// ASCII) is left to Raptor.
final class SpelledTermBytes {
    /// What follows a literal's frame for one language tag or datatype (nil: Raptor writes more than that).
    private struct Suffix {
        let language: String?
        let datatype: IRI?
        let bytes: [UInt8]?
    }

    private let termBytes: TermBytes
    private let world: RaptorWorld
    /// The frame of an IRI in each place, where Raptor writes one as probed.
    private let iris: [SpellingFrame?]
    private let literals: SpellingFrame?
    /// The suffixes learnt, searched in order: a corpus uses a handful of languages and datatypes.
    private var suffixes: [Suffix] = []
    private static let suffixLimit = 64
    /// The string every probe is built around.
    private static let core = SpellingFrame.core

    /// Rules learnt from the prober `termBytes`, in the world it serializes in.
    init(termBytes: TermBytes, world: RaptorWorld) {
        self.termBytes = termBytes
        self.world = world
        iris = TermBytes.Place.allCases.map { place in
            SpellingFrame(after: Array("x:".utf8)) { text throws(RaptorError) in
                try SpelledTermBytes.written(.iri(IRI("x:" + text)), place, by: termBytes, in: world)
            }
        }
        literals = SpellingFrame(after: []) { text throws(RaptorError) in
            try SpelledTermBytes.written(.literal(Literal(verbatim: text)), .object, by: termBytes, in: world)
        }
    }

    /// Appends what Raptor writes for `term` in `place` to `out` and returns true; or returns false and
    /// leaves `out` as it was, when the term is not covered by the rules.
    func append(_ term: Term, in place: TermBytes.Place, to out: inout [UInt8]) -> Bool {
        switch term {
        case .iri(let iri):
            guard let frame = iris[place.rawValue] else { return false }
            return SpelledTermBytes.append(iri.value, in: frame, suffix: [], to: &out)
        case .literal(let literal):
            guard place == .object, let frame = literals else { return false }
            if literal.language == nil && literal.datatype == nil {
                return SpelledTermBytes.append(literal.lexicalForm, in: frame, suffix: [], to: &out)
            }
            guard let suffix = suffix(of: literal) else { return false }
            return SpelledTermBytes.append(literal.lexicalForm, in: frame, suffix: suffix, to: &out)
        case .blank:
            return false
        }
    }

    private static func append(_ text: String, in frame: SpellingFrame, suffix: [UInt8], to out: inout [UInt8]) -> Bool {
        guard frame.append(text, to: &out) else { return false }
        out += suffix
        return true
    }

    /// What follows the frame of a literal with the language or datatype of `literal`: learnt from Raptor
    /// the first time, and checked with a second probe; nil where it is not ASCII or not as probed.
    private func suffix(of literal: Literal) -> [UInt8]? {
        for known in suffixes where known.language == literal.language && known.datatype == literal.datatype {
            return known.bytes
        }
        guard suffixes.count < SpelledTermBytes.suffixLimit, let frame = literals else { return nil }
        let ascii = (literal.language ?? "").utf8.allSatisfy { $0 < 0x80 } && (literal.datatype?.value ?? "").utf8.allSatisfy { $0 < 0x80 }
        var learnt: [UInt8]? = nil
        if ascii {
            func like(_ text: String) -> Term {
                .literal(literal.datatype.map { Literal(text, datatype: $0) } ?? Literal(text, language: literal.language))
            }
            let probe = SpelledTermBytes.core, check = SpelledTermBytes.core + String(decoding: frame.spelling.unchangedBytes, as: UTF8.self)
            if let written = try? SpelledTermBytes.written(like(probe), .object, by: termBytes, in: world),
               let again = try? SpelledTermBytes.written(like(check), .object, by: termBytes, in: world) {
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

    /// What Raptor writes for `term` in `place`.
    private static func written(_ term: Term, _ place: TermBytes.Place, by termBytes: TermBytes,
                                in world: RaptorWorld) throws(RaptorError) -> [UInt8] {
        let made = try world.term(term)
        defer { raptor_free_term(made) }
        return try termBytes.bytes(of: made, in: place)
    }
}

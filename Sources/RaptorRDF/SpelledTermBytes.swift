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
    /// What Raptor writes before and after a string's bytes, and how it writes each byte in between.
    private struct Frame {
        let head: [UInt8]
        let tail: [UInt8]
        let spelling: ByteSpelling
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
    /// Characters beyond ASCII, one of each length in UTF-8 and the ends of the lengths, that show whether
    /// Raptor writes such characters unchanged.
    private static let beyondASCII = ["\u{80}", "\u{E9}", "\u{7FF}", "\u{800}", "\u{2019}", "\u{FFFD}", "\u{10000}", "\u{1D11E}", "\u{10FFFF}"]
    /// The string every probe is built around.
    private static let core = "q"

    /// Rules learnt from the prober `termBytes`, in the world it serializes in.
    init(termBytes: TermBytes, world: RaptorWorld) {
        self.termBytes = termBytes
        self.world = world
        iris = TermBytes.Place.allCases.map { place in
            SpelledTermBytes.frame(after: Array("x:".utf8)) { text throws(RaptorError) in
                try SpelledTermBytes.written(.iri(IRI("x:" + text)), place, by: termBytes, in: world)
            }
        }
        literals = SpelledTermBytes.frame(after: []) { text throws(RaptorError) in
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

    private static func append(_ text: String, in frame: Frame, suffix: [UInt8], to out: inout [UInt8]) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            let start = out.count
            out += frame.head
            guard frame.spelling.append(bytes, to: &out) else {
                out.removeSubrange(start...)
                return false
            }
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

    /// The frame of the strings `write` writes, found around the probe string (after `lead`, a start every
    /// probe has), and how each character is written within one: each ASCII byte, then samples beyond ASCII,
    /// are tried inside the probe string, then all of them together.
    private static func frame(after lead: [UInt8], _ write: (String) throws(RaptorError) -> [UInt8]) -> Frame? {
        guard let written = try? write(core) else { return nil }
        let probe = lead + Array(core.utf8)
        guard let at = onlyPlace(of: probe, in: written) else { return nil }
        let head = Array(written[..<at]), tail = Array(written[(at + probe.count)...])
        let before = head + probe, after = Array(core.utf8) + tail
        var spelling = ByteSpelling()
        for byte in UInt8(0)...UInt8(0x7F) {
            guard let written = try? write(core + String(UnicodeScalar(byte)) + core),
                  written.count >= before.count + after.count, written.starts(with: before), written.reversed().starts(with: after.reversed())
            else { continue }
            spelling.learn(byte, writtenAs: Array(written[before.count..<(written.count - after.count)]))
        }
        let form = beyondASCIIForm(of: beyondASCII, framed: (before, after)) { text in try? write(core + text + core) }
        let noncharacters = form != .unknown
            && beyondASCIIForm(of: ["\u{FFFE}", "\u{FFFF}"], framed: (before, after)) { text in try? write(core + text + core) } == form
        spelling.learn(beyondASCII: form, noncharactersToo: noncharacters)
        // Written character by character: all the characters in one string are written as each is alone.
        let beyond = form == .unknown ? "" : beyondASCII.joined() + (noncharacters ? "\u{FFFE}\u{FFFF}" : "")
        let all = core + String(decoding: spelling.knownBytes, as: UTF8.self) + beyond + core
        var expected = head + lead
        guard all.utf8.withContiguousStorageIfAvailable({ spelling.append($0, to: &expected) }) == true,
              (try? write(all)) == expected + tail else { return nil }
        return Frame(head: head, tail: tail, spelling: spelling)
    }

    /// How `write` writes each of `samples` (characters beyond ASCII) between `framed`: unchanged, or as
    /// its hexadecimal escape; unknown if not all alike.
    private static func beyondASCIIForm(of samples: [String], framed: ([UInt8], [UInt8]),
                                        _ write: (String) -> [UInt8]?) -> ByteSpelling.BeyondASCII {
        let written = samples.map(write)
        if zip(samples, written).allSatisfy({ $1 == framed.0 + Array($0.utf8) + framed.1 }) { return .unchanged }
        let escaped = zip(samples, written).allSatisfy { sample, written in
            written == framed.0 + sample.unicodeScalars.flatMap { ByteSpelling.hexEscape($0.value) } + framed.1
        }
        return escaped ? .hexEscaped : .unknown
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

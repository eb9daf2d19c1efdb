/// What a Raptor writer writes before and after a string of a term (`<` and `>` around an IRI, the quotes
/// around a lexical form) and how it writes each character in between: learnt from the writer by probes,
/// it spells such a string without the writer.
struct SpellingFrame {
    let head: [UInt8]
    let tail: [UInt8]
    let spelling: ByteSpelling

    /// The string every probe is built around.
    static let core = "q"
    /// Characters beyond ASCII, one of each length in UTF-8 and the ends of the lengths, that show how the
    /// writer writes such characters.
    static let beyondASCII = ["\u{80}", "\u{E9}", "\u{7FF}", "\u{800}", "\u{2019}", "\u{FFFD}", "\u{10000}", "\u{1D11E}", "\u{10FFFF}"]

    /// The frame of the strings `write` writes, found around the probe string (after `lead`, a start every
    /// probe has), and how each character is written within one: each ASCII byte, then samples beyond ASCII,
    /// are tried inside the probe string, then all of them together. Nil when the probes do not show one.
    init?(after lead: [UInt8], _ write: (String) throws(RaptorError) -> [UInt8]) {
        let core = SpellingFrame.core
        guard let written = try? write(core) else { return nil }
        let probe = lead + Array(core.utf8)
        guard let at = SpellingFrame.onlyPlace(of: probe, in: written) else { return nil }
        let head = Array(written[..<at]), tail = Array(written[(at + probe.count)...])
        let before = head + probe, after = Array(core.utf8) + tail
        var spelling = ByteSpelling()
        for byte in UInt8(0)...UInt8(0x7F) {
            guard let written = try? write(core + String(UnicodeScalar(byte)) + core),
                  written.count >= before.count + after.count, written.starts(with: before), written.reversed().starts(with: after.reversed())
            else { continue }
            spelling.learn(byte, writtenAs: Array(written[before.count..<(written.count - after.count)]))
        }
        let samples = SpellingFrame.beyondASCII
        let form = SpellingFrame.form(of: samples, framed: (before, after)) { text in try? write(core + text + core) }
        let noncharacters = form != .unknown
            && SpellingFrame.form(of: ["\u{FFFE}", "\u{FFFF}"], framed: (before, after)) { text in try? write(core + text + core) } == form
        spelling.learn(beyondASCII: form, noncharactersToo: noncharacters)
        // Written character by character: all the characters in one string are written as each is alone.
        let beyond = form == .unknown ? "" : samples.joined() + (noncharacters ? "\u{FFFE}\u{FFFF}" : "")
        let all = core + String(decoding: spelling.knownBytes, as: UTF8.self) + beyond + core
        var expected = head + lead
        guard all.utf8.withContiguousStorageIfAvailable({ spelling.append($0, to: &expected) }) == true,
              (try? write(all)) == expected + tail else { return nil }
        (self.head, self.tail, self.spelling) = (head, tail, spelling)
    }

    /// Appends the frame with `text` spelled inside to `out` and returns true; or returns false and leaves
    /// `out` as it was, when a character of `text` is not known.
    func append(_ text: String, to out: inout [UInt8]) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            let start = out.count
            out += head
            guard spelling.append(bytes, to: &out) else {
                out.removeSubrange(start...)
                return false
            }
            out += tail
            return true
        } ?? false
    }

    /// How `write` writes each of `samples` (characters beyond ASCII) between `framed`: unchanged, or as
    /// its hexadecimal escape; unknown if not all alike.
    private static func form(of samples: [String], framed: ([UInt8], [UInt8]), _ write: (String) -> [UInt8]?) -> ByteSpelling.BeyondASCII {
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
}

@testable import RDFModel
import Testing

/// The hash of a term's strings: equal as Swift compares strings means equal hashes, and distinct short
/// ASCII strings rarely share one.
@Suite struct StringHashTests {
    @Test func stringsEqualToAnASCIIStringThroughACanonicalEquivalentHashAsThatString() {
        let pairs = [("a\u{212A}b", "aKb"), ("x\u{037E}", "x;"), ("\u{1FEF}q", "`q"), ("\u{212A}elvin scale of a long line", "Kelvin scale of a long line")]
        for (spelled, ascii) in pairs {
            #expect(spelled == ascii)
            #expect(StringHash.of(spelled) == StringHash.of(ascii))
        }
    }

    @Test func canonicallyEquivalentStringsBeyondASCIIHashAlike() {
        let composed = "Caf\u{E9} of the long conference", decomposed = "Cafe\u{301} of the long conference"
        #expect(composed == decomposed)
        #expect(StringHash.of(composed) == StringHash.of(decomposed))
        #expect(StringHash.of("\u{212A}\u{E9}") == StringHash.of("Ke\u{301}"))
    }

    @Test func distinctASCIIStringsOfEveryLengthHaveDistinctHashes() {
        // Each length from 0 to 40 (whole words of eight bytes and every tail), each last byte changed.
        var strings: [String] = []
        for length in 0...40 {
            let stem = String(repeating: "x", count: max(0, length - 1))
            strings += length == 0 ? [""] : ["a", "b", "\u{0}", "~"].map { stem + $0 }
            strings.append(String(repeating: "y", count: length) + "-")
        }
        #expect(Set(strings).count == strings.count)
        #expect(Set(strings.map(StringHash.of)).count == strings.count)
        // Low bits, which a table's slot keeps, differ too.
        #expect(Set(strings.map { StringHash.of($0) & 0xFFFF }).count > strings.count * 9 / 10)
    }

    @Test func aTermWrittenWithAnEquivalentScalarIsTheSameTermInASet() {
        var numbers = NumberedSet<Term>()
        #expect(numbers.insert(.literal(Literal("Kelvin"))) == (0, true))
        #expect(numbers.insert(.literal(Literal("\u{212A}elvin"))) == (0, false))
        #expect(numbers.insert(.iri(IRI("https://example.org/\u{212A}"))) == (1, true))
        #expect(numbers.number(of: .iri(IRI("https://example.org/K"))) == 1)
    }
}

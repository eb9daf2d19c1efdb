@testable import RDFModel
import Testing

/// Ranking terms by their bytes gives the ranks that sorting them by `TermSortKey` gives, equal terms in
/// the order of the list.
@Suite struct TermRankingTests {
    /// The ranks of a stable sort by `TermSortKey`, the order ranking has to reproduce.
    static func expectedRanks(_ terms: [Term]) -> [UInt32] {
        let keys = terms.map(TermSortKey.init)
        let order = terms.indices.sorted { keys[$0].precedes(keys[$1]) || (!keys[$1].precedes(keys[$0]) && $0 < $1) }
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (place, index) in order.enumerated() { rank[index] = UInt32(place) }
        return rank
    }

    /// A generator of the same numbers on every run (SplitMix64).
    struct Numbers: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A string of the pieces: ASCII letters and digits, bytes that sort low ("!", " ", tab), and characters
    /// beyond ASCII, among them some that Swift compares by canonical form (a decomposed "é", the Kelvin
    /// sign, which is "K").
    static func text(_ numbers: inout Numbers, length: Int, wide: Bool) -> String {
        let ascii: [String] = ["a", "b", "z", "A", "Z", "0", "9", "/", "#", "-", "!", " ", "\t", "~"]
        let other: [String] = ["é", "e\u{301}", "\u{212A}", "K", "ü", "\u{2014}", "\u{1F600}", "\0"]
        var result = ""
        for _ in 0..<length {
            result += wide && Int.random(in: 0..<6, using: &numbers) == 0 ? other.randomElement(using: &numbers)! : ascii.randomElement(using: &numbers)!
        }
        return result
    }

    static func randomTerms(count: Int, seed: UInt64) -> [Term] {
        var numbers = Numbers(state: seed)
        // Prefixes of many lengths, so that strings part before, at and after multiples of eight bytes.
        let prefixes = ["", "h", "http://", "https://example.org/", "https://example.org/id/mention/doc-0000001/",
                        "https://example.org/id/mention/doc-0000001/1", "urn:x:"]
        let languages: [String?] = [nil, "", "en", "en-gb", "de"]
        let datatypes: [IRI?] = [nil, IRI("http://www.w3.org/2001/XMLSchema#date"), IRI("http://example.org/t"), IRI("http://example.org/tü")]
        var terms: [Term] = []
        for _ in 0..<count {
            let wide = Int.random(in: 0..<4, using: &numbers) == 0
            let value = prefixes.randomElement(using: &numbers)! + text(&numbers, length: Int.random(in: 0..<20, using: &numbers), wide: wide)
            switch Int.random(in: 0..<5, using: &numbers) {
            case 0: terms.append(.iri(IRI(value)))
            case 1: terms.append(.blank(BlankNode("b" + text(&numbers, length: Int.random(in: 0..<10, using: &numbers), wide: false))))
            case 2: terms.append(.literal(Literal(value, language: languages.randomElement(using: &numbers)!)))
            case 3: terms.append(.literal(Literal(verbatim: value)))
            default:
                let datatype = datatypes.randomElement(using: &numbers)!
                terms.append(.literal(datatype.map { Literal(value, datatype: $0) } ?? Literal(value)))
            }
            // Now and then a term again, which must keep its place in the list among its equals.
            if Int.random(in: 0..<10, using: &numbers) == 0, let again = terms.randomElement(using: &numbers) { terms.append(again) }
        }
        return terms
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func ranksAreThoseOfSortingByTheSortKey(seed: UInt64) {
        for count in [0, 1, 2, 17, 300] {
            let terms = Self.randomTerms(count: count, seed: seed * 1000 + UInt64(count))
            #expect(TermRanking.ranks(of: terms) == Self.expectedRanks(terms), "seed \(seed), \(count) terms")
        }
    }

    @Test func termsWrittenOutSortInTheirOrder() {
        let sorted = TermSortKeyTests.sorted
        #expect(TermRanking.ranks(of: sorted) == sorted.indices.map(UInt32.init))
        #expect(TermRanking.ranks(of: sorted.reversed()) == sorted.indices.reversed().map(UInt32.init))
    }

    @Test func stringsThatShareEightByteBlocksSortByTheFirstByteThatDiffers() {
        let terms: [Term] = ["aaaaaaaab", "aaaaaaaa", "aaaaaaaaaaaaaaaa", "aaaaaaa", "aaaaaaaaaaaaaaab", "aaaaaaaa!"]
            .map { .iri(IRI("http://x.org/" + $0)) }
        // aaaaaaa < aaaaaaaa < aaaaaaaa! < aaaaaaaaaaaaaaaa < aaaaaaaaaaaaaaab < aaaaaaaab
        #expect(TermRanking.ranks(of: terms) == [5, 1, 3, 0, 4, 2])
    }

    @Test func aByteStringIsPlainUnlessABytePastASCIIOrANULStandsAnywhereInIt() {
        for length in 0...24 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(plain.withUnsafeBufferPointer(TermRanking.isASCIIWithoutNUL))
            for place in 0..<length {
                for bad: UInt8 in [0, 0x80, 0xFF] {
                    var bytes = plain
                    bytes[place] = bad
                    #expect(!bytes.withUnsafeBufferPointer(TermRanking.isASCIIWithoutNUL), "byte \(bad) at \(place) of \(length)")
                }
                // The bytes next to NUL and to the high bit, 0x01 and 0x7F, are plain.
                var edge = plain
                edge[place] = place % 2 == 0 ? 0x01 : 0x7F
                #expect(edge.withUnsafeBufferPointer(TermRanking.isASCIIWithoutNUL))
            }
        }
    }
}

import RDFModel
import Testing

/// Sets and dictionaries of terms file equal terms alike, whatever their seed, and tell different ones apart.
@Suite struct TermHashingTests {
    static let xsdDate = IRI("http://www.w3.org/2001/XMLSchema#date")

    @Test func equalTermsAreFiledAlikeUnderEverySeed() {
        let pairs: [(Term, Term)] = [
            (.iri(IRI("http://example.org/\u{212A}")), .iri(IRI("http://example.org/K"))),
            (.literal(Literal("caf\u{E9}")), .literal(Literal("cafe\u{301}"))),
            (.literal(Literal("Quorn", language: "EN")), .literal(Literal("Quorn", language: "en"))),
            (.literal(Literal("2019-05-02", datatype: Self.xsdDate)), .literal(Literal("2019-05-02", datatype: IRI(String("http://www.w3.org/2001/XMLSchema#datex".dropLast()))))),
            (.blank(BlankNode("b1")), .blank(BlankNode(String("b12".dropLast())))),
        ]
        for (a, b) in pairs {
            #expect(a == b)
            for seed in [0, 1, -1, 0x5EED, Int.max] { #expect(a._rawHashValue(seed: seed) == b._rawHashValue(seed: seed)) }
            #expect(Set([a, b]).count == 1)
        }
    }

    @Test func termsThatDifferInKindLanguageOrDatatypeAreToldApart() {
        let text = "http://example.org/a"
        let terms: [Term] = [.iri(IRI(text)), .literal(Literal(text)), .blank(BlankNode(text)), .literal(Literal(text, language: "en")),
                             .literal(Literal(text, datatype: Self.xsdDate)), .literal(Literal(text, datatype: IRI(text)))]
        var table: [Term: Int] = [:]
        for (index, term) in terms.enumerated() { table[term] = index }
        #expect(table.count == terms.count)
        #expect(terms.enumerated().allSatisfy { table[$0.element] == $0.offset })
        // Ten thousand IRIs that differ in a digit spread over a table of their size.
        let many = (0..<10_000).map { Term.iri(IRI("http://example.org/body/\($0)")) }
        #expect(Set(many).count == many.count)
        #expect(Set(many.map { $0._rawHashValue(seed: 7) & 0x3FFF }).count > 6_000)
    }
}

@testable import RDFModel
import Testing

/// The numbering of a graph's terms: first come, first numbered, found again by what `Term`'s equality says.
@Suite struct TermNumbersTests {
    @Test func termsAreNumberedInTheOrderMetAndFoundAgainPastManyGrowths() {
        var numbers = TermNumbers()
        let terms = (0..<1000).map { Term.iri(IRI("https://example.org/thing/\($0)")) }
        for (index, term) in terms.enumerated() { #expect(numbers.number(adding: term) == UInt32(index)) }
        for (index, term) in terms.enumerated().reversed() {
            #expect(numbers.number(of: term) == UInt32(index))
            #expect(numbers.number(adding: term) == UInt32(index))
        }
        #expect(numbers.terms == terms)
        #expect(numbers.number(of: .iri(IRI("https://example.org/thing/1000"))) == nil)
    }

    @Test func kindsLanguagesAndDatatypesKeepTermsApart() {
        var numbers = TermNumbers()
        numbers.reserveCapacity(3)
        let kinds: [Term] = [
            .iri(IRI("x")), .blank(BlankNode("x")), .literal(Literal("x")), .literal(Literal("x", language: "en")),
            .literal(Literal("x", language: "de")), .literal(Literal("x", datatype: IRI("https://example.org/type"))),
        ]
        #expect(kinds.map { numbers.number(adding: $0) } == [0, 1, 2, 3, 4, 5])
        // xsd:string is the plain literal; language tags are kept in lower case.
        #expect(numbers.number(of: .literal(Literal("x", datatype: IRI("http://www.w3.org/2001/XMLSchema#string")))) == 2)
        #expect(numbers.number(of: .literal(Literal("x", language: "EN"))) == 3)
    }

    @Test func canonicallyEquivalentSpellingsAreOneTermAsSwiftComparesThem() {
        var numbers = TermNumbers()
        let composed = Term.literal(Literal("Caf\u{E9}")), decomposed = Term.literal(Literal("Cafe\u{301}"))
        #expect(composed == decomposed)
        #expect(numbers.number(adding: composed) == 0)
        #expect(numbers.number(adding: decomposed) == 0)
        #expect(numbers.number(of: .iri(IRI("https://example.org/Cafe\u{301}"))) == nil)
        #expect(numbers.number(adding: .iri(IRI("https://example.org/Caf\u{E9}"))) == 1)
        #expect(numbers.number(of: .iri(IRI("https://example.org/Cafe\u{301}"))) == 1)
    }
}

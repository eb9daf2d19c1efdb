@testable import RDFModel
import Testing

/// The numbered sets of a graph: terms and statements, first come, first numbered, found again by their equality.
@Suite struct NumberedSetTests {
    @Test func termsAreNumberedInTheOrderMetAndFoundAgainPastManyGrowths() {
        var numbers = NumberedSet<Term>()
        let terms = (0..<1000).map { Term.iri(IRI("https://example.org/thing/\($0)")) }
        for (index, term) in terms.enumerated() { #expect(numbers.insert(term).number == UInt32(index)) }
        for (index, term) in terms.enumerated().reversed() {
            #expect(numbers.number(of: term) == UInt32(index))
            #expect(numbers.insert(term).number == UInt32(index))
        }
        #expect(numbers.elements == terms)
        #expect(numbers.number(of: .iri(IRI("https://example.org/thing/1000"))) == nil)
    }

    @Test func kindsLanguagesAndDatatypesKeepTermsApart() {
        var numbers = NumberedSet<Term>()
        numbers.reserveCapacity(3)
        let kinds: [Term] = [
            .iri(IRI("x")), .blank(BlankNode("x")), .literal(Literal("x")), .literal(Literal("x", language: "en")),
            .literal(Literal("x", language: "de")), .literal(Literal("x", datatype: IRI("https://example.org/type"))),
        ]
        #expect(kinds.map { numbers.insert($0).number } == [0, 1, 2, 3, 4, 5])
        // xsd:string is the plain literal; language tags are kept in lower case.
        #expect(numbers.number(of: .literal(Literal("x", datatype: IRI("http://www.w3.org/2001/XMLSchema#string")))) == 2)
        #expect(numbers.number(of: .literal(Literal("x", language: "EN"))) == 3)
    }

    @Test func canonicallyEquivalentSpellingsAreOneTermAsSwiftComparesThem() {
        var numbers = NumberedSet<Term>()
        let composed = Term.literal(Literal("Caf\u{E9}")), decomposed = Term.literal(Literal("Cafe\u{301}"))
        #expect(composed == decomposed)
        #expect(numbers.insert(composed).number == 0)
        #expect(numbers.insert(decomposed) == (0, false))
        #expect(numbers.number(of: .iri(IRI("https://example.org/Cafe\u{301}"))) == nil)
        #expect(numbers.insert(.iri(IRI("https://example.org/Caf\u{E9}"))) == (1, true))
        #expect(numbers.number(of: .iri(IRI("https://example.org/Cafe\u{301}"))) == 1)
    }

    @Test func statementKeysOfSmallNumbersAreAllTold() {
        var triples = NumberedSet<Graph.TripleKey>(), quads = NumberedSet<Graph.Key>()
        for s in UInt32(0)..<12 { for p in UInt32(0)..<12 { for o in UInt32(0)..<12 {
            let key = Graph.TripleKey(s: s, p: p, o: o)
            #expect(triples.insert(key).inserted)
            #expect(quads.insert(Graph.Key(triple: key, g: 0)).inserted && quads.insert(Graph.Key(triple: key, g: 1)).inserted)
        } } }
        #expect(triples.count == 1728 && quads.count == 3456)
        #expect(!triples.insert(Graph.TripleKey(s: 3, p: 4, o: 5)).inserted)
        #expect(triples.number(of: Graph.TripleKey(s: 0, p: 0, o: 1)) == 1)
        #expect(!quads.contains(Graph.Key(triple: Graph.TripleKey(s: 1, p: 2, o: 3), g: 2)))
        #expect(!triples.contains(Graph.TripleKey(s: 12, p: 0, o: 0)))
    }
}

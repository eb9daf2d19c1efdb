@testable import RDFModel
import Testing

/// Terms sort by kind, then by their strings: IRIs first, then blank nodes, then literals by lexical form,
/// language and datatype.
@Suite struct TermSortKeyTests {
    static let xsdDate = IRI("http://www.w3.org/2001/XMLSchema#date")
    /// In the order they sort in, written out by hand.
    static let sorted: [Term] = [
        .iri(IRI("http://example.org/a")), .iri(IRI("http://example.org/a#1")), .iri(IRI("http://example.org/b")),
        .iri(IRI("http://example.org/ä")),
        .blank(BlankNode("b10")), .blank(BlankNode("b2")),
        .literal(Literal("")), .literal(Literal("2008-07-17")), .literal(Literal("2008-07-17", datatype: xsdDate)),
        // Capitals before lower case, and "u" before "ü".
        .literal(Literal("Zurich")), .literal(Literal("Zürich")),
        .literal(Literal("x")), .literal(Literal("x", language: "de")), .literal(Literal("x", language: "en")),
    ]

    @Test func termsSortInTheOrderWrittenOut() {
        #expect(Self.sorted.reversed().sorted() == Self.sorted)
        #expect(Self.sorted.shuffled().sorted() == Self.sorted)
    }

    @Test func aKeyPrecedesExactlyTheKeysOfLaterTerms() {
        for (i, a) in Self.sorted.enumerated() {
            for (j, b) in Self.sorted.enumerated() {
                #expect(TermSortKey(a).precedes(TermSortKey(b)) == (i < j), "\(a) before \(b)")
            }
        }
    }

    @Test func aGraphListsItsStatementsInThatOrder() {
        var graph = Graph()
        let p = IRI("http://example.org/p")
        for object in Self.sorted.shuffled() { _ = graph.insert(Triple(.iri(p), p, object)) }
        let numbered = graph.numberedStatements(withGraphs: false)
        #expect(numbered.statements.map { numbered.terms[$0.object] } == Self.sorted)
    }
}

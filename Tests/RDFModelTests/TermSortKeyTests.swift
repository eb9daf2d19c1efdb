@testable import RDFModel
import Testing

/// Statements are numbered by sorting keys read from the terms; the keys must sort as the terms do.
@Suite struct TermSortKeyTests {
    static let terms: [Term] = [
        .iri(IRI("http://example.org/b")), .iri(IRI("http://example.org/a")), .iri(IRI("http://example.org/ä")),
        .iri(IRI("http://example.org/a#1")), .blank(BlankNode("b2")), .blank(BlankNode("b10")),
        .literal(Literal("x")), .literal(Literal("x", language: "en")), .literal(Literal("x", language: "de")),
        .literal(Literal("2008-07-17", datatype: IRI("http://www.w3.org/2001/XMLSchema#date"))),
        .literal(Literal("2008-07-17")), .literal(Literal("Zürich")), .literal(Literal("Zu\u{308}rich ")),
        .literal(Literal("")), .literal(Literal("10", datatype: IRI("http://www.w3.org/2001/XMLSchema#integer"))),
    ]

    @Test func keysSortAsTheirTermsSort() {
        for a in Self.terms {
            for b in Self.terms {
                #expect(TermSortKey(a).precedes(TermSortKey(b)) == (a < b), "\(a) before \(b)")
            }
        }
    }
}

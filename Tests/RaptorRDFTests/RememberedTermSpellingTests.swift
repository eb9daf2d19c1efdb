import RaptorRDF
import RDFModel
import Testing

private let ex = Namespace(prefix: "ex", iri: "http://example.org/thing/")

/// Swift's `==` on strings is canonical equivalence: "é" composed and "e" with a combining accent are one
/// key, though Raptor writes each as it is spelled. A writer that remembers terms across documents must not
/// give the second document the first one's spelling.
@Suite struct RememberedTermSpellingTests {
    @Test(arguments: [RDFSyntax.nTriples, .nQuads])
    func aLaterDocumentKeepsItsOwnSpellingOfATerm(syntax: RDFSyntax) throws {
        let writer = try StatementLineWriter(syntax: syntax)
        for spelling in ["Z\u{E9}", "Ze\u{301}"] {
            var graph = Graph()
            graph.insert(Triple(.iri(ex("a")), ex("near"), .iri(ex(spelling))))
            graph.insert(Triple(.iri(ex("a")), ex("name"), .literal(Literal(spelling))))
            let lines = try writer.lines(of: graph.numberedStatements(withGraphs: syntax.hasNamedGraphs))
            // Bytes, not strings: strings compare as canonically equivalent.
            #expect(lines.bytes == Array(try graph.serialized(as: syntax).utf8), "\(spelling.unicodeScalars.count) scalars")
        }
    }

    @Test func aLaterTurtleBlockKeepsItsOwnSpellingOfATerm() throws {
        let writer = try TurtleBlockWriter(prefixes: [ex])
        for spelling in ["Z\u{E9}", "Ze\u{301}"] {
            var graph = Graph()
            graph.insert(Triple(.iri(ex("a")), ex("near"), .iri(ex(spelling))))
            graph.insert(Triple(.iri(ex("a")), ex("name"), .literal(Literal(spelling))))
            let numbered = graph.numberedStatements(withGraphs: false)
            let block = try writer.block(of: numbered, numbered.statements.indices)
            let whole = try graph.serialized(as: .turtle, prefixes: [ex])
            #expect(!block.isEmpty && Array(whole.utf8).suffix(block.count) == block[...], "\(spelling.unicodeScalars.count) scalars")
        }
    }
}

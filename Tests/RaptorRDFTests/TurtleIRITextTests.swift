import RaptorRDF
import RDFModel
import Testing

private let ex = Namespace(prefix: "ex", iri: "http://example.org/thing/")
/// A namespace inside another: an IRI in it is started by both.
private let deep = Namespace(prefix: "deep", iri: "http://example.org/thing/deep/")
/// Prefixes Raptor does not write names with in Turtle (a dot; a leading digit).
private let dotted = Namespace(prefix: "a.b", iri: "http://example.org/dotted/")
private let digit = Namespace(prefix: "9x", iri: "http://example.org/digit/")
private let prefixes = [ex, deep, dotted, digit]

/// Every ASCII byte and a few characters beyond ASCII.
private let characters: [String] = (0x00...0x7F).map { String(UnicodeScalar(UInt8($0))) } + ["é", "\u{2019}", "\u{1D11E}", "\u{FFFE}"]

/// A block writer makes the Turtle of most IRIs itself, from rules it learnt from Raptor; these tests hold
/// its blocks to the Turtle Raptor's serializer writes for the same graph whole.
@Suite struct TurtleIRITextTests {
    /// The block of a graph, and the end of Raptor's Turtle of it, which the block should be.
    private func blockAndRaptors(_ graph: Graph, _ writer: TurtleBlockWriter) throws -> ([UInt8], [UInt8]) {
        let numbered = graph.numberedStatements(withGraphs: false)
        let block = try writer.block(of: numbered, numbered.statements.indices)
        let whole = Array(try graph.serialized(as: .turtle, prefixes: prefixes).utf8)
        return (block, Array(whole.suffix(block.count)))
    }

    @Test func namesWithAnyCharacterAnywhereAreWrittenAsRaptorWritesThem() throws {
        let writer = try TurtleBlockWriter(prefixes: prefixes)
        for (index, character) in characters.enumerated() {
            var graph = Graph()
            for namespace in prefixes + [Namespace(prefix: "none", iri: "http://example.org/none/")] {
                for name in [character, character + "a", "a" + character, "a" + character + "b"] {
                    graph.insert(Triple(.iri(namespace(name)), ex("p"), .iri(namespace("o\(index)" + name))))
                }
            }
            // The namespaces themselves, which start no name.
            graph.insert(Triple(.iri(IRI(ex.iri)), ex("q"), .iri(IRI(deep.iri))))
            let (block, raptors) = try blockAndRaptors(graph, writer)
            #expect(!block.isEmpty && block == raptors, "character \(character.unicodeScalars.map(\.value))")
        }
    }

    @Test func theFirstWriterAndALaterOneWriteTheSameIRIsAlike() throws {
        var graph = Graph()
        for name in ["plain", "with-hyphen", "under_score", "9digit", "dot.ted", "sl/ash"] {
            graph.insert(Triple(.iri(deep(name)), ex(name), .iri(dotted(name))))
            graph.insert(Triple(.iri(digit(name)), ex(name), .iri(ex(name))))
        }
        let first = try blockAndRaptors(graph, try TurtleBlockWriter(prefixes: prefixes))
        let writer = try TurtleBlockWriter(prefixes: prefixes)
        _ = try blockAndRaptors(graph, writer)
        let again = try blockAndRaptors(graph, writer)
        #expect(first.0 == first.1)
        #expect(again.0 == first.0)
    }
}

import RaptorRDF
import RDFModel
import Testing

private let ex = Namespace(prefix: "ex", iri: "http://example.org/thing/")

/// Every ASCII byte, and characters beyond ASCII of each length in UTF-8, each inside a string: the ones
/// Raptor writes unchanged and the ones it escapes (quote, backslash, angle brackets, space in an IRI,
/// control characters, all beyond ASCII), U+FFFE and U+FFFF (which Raptor's UTF-8 reader refuses), and NUL
/// (where Raptor stops writing a string).
private let bytesToTry: [String] = (0x00...0x7F).map { String(UnicodeScalar(UInt8($0))) }
    + ["é", "\u{101}", "\u{2014}", "\u{1F600}", "\u{2019}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{1D11E}", "\u{10FFFF}", "e\u{301}", "\r\n"]

/// A writer makes the lines of terms itself, from frames and escapes it learnt from Raptor; these tests hold
/// those lines to the ones Raptor writes when it serializes the same graph whole.
@Suite struct SpelledTermLinesTests {
    @Test(arguments: [RDFSyntax.nTriples, .nQuads])
    func iriWithAnyByteInAnyPlaceIsWrittenAsRaptorWritesIt(syntax: RDFSyntax) throws {
        let writer = try StatementLineWriter(syntax: syntax)
        for (index, byte) in bytesToTry.enumerated() {
            var graph = Graph()
            let odd = IRI(ex.iri + "a\(byte)b")
            graph.insert(Triple(.iri(odd), odd, .iri(odd)), in: odd)
            graph.insert(Triple(.iri(ex("s\(index)")), ex("p"), .iri(odd)))
            let lines = try writer.lines(of: graph.numberedStatements(withGraphs: syntax.hasNamedGraphs))
            #expect(lines.bytes == Array(try graph.serialized(as: syntax).utf8), "byte \(byte.unicodeScalars.map(\.value))")
        }
    }

    @Test(arguments: [RDFSyntax.nTriples, .nQuads])
    func literalWithAnyByteAndAnyTagOrTypeIsWrittenAsRaptorWritesIt(syntax: RDFSyntax) throws {
        let writer = try StatementLineWriter(syntax: syntax)
        let kinds: [(String) -> Literal] = [
            { Literal($0) }, { Literal(verbatim: $0) }, { Literal($0, language: "en-GB") }, { Literal($0, language: "x\($0.count)") },
            { Literal($0, datatype: Vocabulary.xsd("integer")) }, { Literal($0, datatype: IRI(ex.iri + "t\"y>pe")) },
            { Literal($0, datatype: IRI(ex.iri + "typé")) },
        ]
        // Twice over, so that the second round meets languages and datatypes already learnt.
        for round in 0..<2 {
            for byte in bytesToTry {
                var graph = Graph()
                for (kind, make) in kinds.enumerated() {
                    graph.insert(Triple(.iri(ex("s")), ex("p\(kind)"), .literal(make("a\(byte)b\(round)"))))
                    graph.insert(Triple(.iri(ex("s")), ex("q\(kind)"), .literal(make(""))))
                }
                let lines = try writer.lines(of: graph.numberedStatements(withGraphs: syntax.hasNamedGraphs))
                #expect(lines.bytes == Array(try graph.serialized(as: syntax).utf8), "byte \(byte.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func languagesAndDatatypesBeyondTheLearntOnesAreStillWrittenAsRaptorWritesThem() throws {
        let writer = try StatementLineWriter(syntax: .nTriples)
        var graph = Graph()
        for index in 0..<200 {
            graph.insert(Triple(.iri(ex("s")), ex("p"), .literal(Literal("v", language: "l\(index)"))))
            graph.insert(Triple(.iri(ex("s")), ex("q"), .literal(Literal("v", datatype: IRI(ex.iri + "t\(index)")))))
        }
        let lines = try writer.lines(of: graph.numberedStatements(withGraphs: false))
        #expect(lines.bytes == Array(try graph.serialized(as: .nTriples).utf8))
    }
}

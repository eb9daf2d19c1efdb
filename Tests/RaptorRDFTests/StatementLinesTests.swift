import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

private let ex = Namespace(prefix: "ex", iri: "http://example.org/thing/")

/// Three statements, one of them with the characters N-Triples escapes.
private func statements() -> Graph {
    var graph = Graph()
    let doc = IRI("http://example.org/document/d-1")
    graph.insert(Triple(.iri(ex("a")), ex("name"), .literal(Literal("Ána \"quoted\"\nnext line"))), in: doc)
    graph.insert(Triple(.iri(ex("a")), ex("knows"), .iri(ex("b"))), in: doc)
    graph.insert(Triple(.iri(ex("b")), ex("age"), .literal(Literal("42", datatype: Vocabulary.xsd("integer")))))
    return graph
}

/// Statements whose terms take several places and every form a term has: a language tag, a blank node as
/// subject and object, a tab, a backslash, a character outside the Basic Multilingual Plane.
private func manyForms() -> Graph {
    var graph = statements()
    let doc = IRI("http://example.org/document/d-1")
    let blank = Term.blank(BlankNode("b0"))
    graph.insert(Triple(blank, ex("label"), .literal(Literal("Rīga\tcity \\ 𝄞", language: "lv"))), in: doc)
    graph.insert(Triple(.iri(ex("b")), ex("knows"), blank), in: doc)
    graph.insert(Triple(.iri(ex("knows")), ex("name"), .literal(Literal("knows"))))
    return graph
}

@Suite struct StatementLinesTests {
    @Test(arguments: [RDFSyntax.nTriples, .nQuads])
    func linesAreRaptorsOwnOutputSplitAtStatements(syntax: RDFSyntax) throws {
        let graph = statements()
        let writer = try StatementLineWriter(syntax: syntax)
        // Numbered statements, each distinct term made into a Raptor term once.
        let lines = try writer.lines(of: graph.numberedStatements(withGraphs: syntax.hasNamedGraphs))
        let whole = try graph.serialized(as: syntax)
        #expect(lines.count == 3)
        #expect(String(decoding: lines.bytes, as: UTF8.self) == whole)
        let expected = whole.split(separator: "\n").map { String($0) + "\n" }
        #expect((0..<3).map { String(decoding: lines.line($0), as: UTF8.self) } == expected)
        // A second call starts from an empty buffer.
        var one = Graph()
        one.insert(graph.triples[0])
        let again = try writer.lines(of: one.numberedStatements(withGraphs: syntax.hasNamedGraphs))
        #expect(again.count == 1 && again.ends == [again.bytes.count])
    }

    @Test(arguments: [RDFSyntax.nTriples, .nQuads])
    func linesJoinedFromEachTermsBytesAreRaptorsLines(syntax: RDFSyntax) throws {
        let graph = manyForms()
        let writer = try StatementLineWriter(syntax: syntax)
        let lines = try writer.lines(of: graph.numberedStatements(withGraphs: syntax.hasNamedGraphs))
        #expect(lines.count == graph.count)
        #expect(String(decoding: lines.bytes, as: UTF8.self) == (try graph.serialized(as: syntax)))
        // A later document reuses the bytes of the terms the first one had Raptor write (IRIs, short literals).
        let later = statements()
        let again = try writer.lines(of: later.numberedStatements(withGraphs: syntax.hasNamedGraphs))
        #expect(String(decoding: again.bytes, as: UTF8.self) == (try later.serialized(as: syntax)))
    }

    @Test(arguments: [RDFSyntax.nTriples, .nQuads])
    func termsMarkedUniqueAreWrittenAsRaptorWritesThemEachTime(syntax: RDFSyntax) throws {
        let writer = try StatementLineWriter(syntax: syntax)
        // Every term marked as met in no other call, then the same terms again, marked or not.
        for graph in [manyForms(), statements(), manyForms()] {
            let numbered = graph.numberedStatements(withGraphs: syntax.hasNamedGraphs)
            let marked = try writer.lines(of: numbered, unique: numbered.terms.map { _ in true })
            #expect(String(decoding: marked.bytes, as: UTF8.self) == (try graph.serialized(as: syntax)))
            let some = try writer.lines(of: numbered, unique: numbered.terms.indices.map { $0 % 2 == 0 })
            #expect(some.bytes == marked.bytes && some.ends == marked.ends)
        }
    }

    @Test func turtleIsNotWrittenALineAStatement() {
        #expect(throws: RaptorError.self) { try StatementLineWriter(syntax: .turtle) }
    }

    @Test func sinkWritesTheLinesNotSkipped() throws {
        let graph = statements()
        let lines = try StatementLineWriter(syntax: .nTriples).lines(of: graph.numberedStatements(withGraphs: false))
        let file = try TestFiles.scratchFolder().appendingPathComponent("some.nt")
        let written = try RDFStream.write(as: .nTriples, toFile: file.path) { sink in
            try sink.write(lines, skipping: { $0 == 1 })
            return sink.count
        }
        #expect(written == 2)
        let text = try String(contentsOf: file, encoding: .utf8)
        let all = String(decoding: lines.bytes, as: UTF8.self).split(separator: "\n")
        #expect(text == "\(all[0])\n\(all[2])\n")
        #expect(try Graph(contentsOfFile: file.path).count == 2)
    }

    @Test func triplesWrittenBetweenLinesStayInTheirPlace() throws {
        let graph = statements()
        let lines = try StatementLineWriter(syntax: .nTriples).lines(of: graph.numberedStatements(withGraphs: false))
        let all = String(decoding: lines.bytes, as: UTF8.self).split(separator: "\n")
        let between = Triple(.iri(IRI("http://example.org/between")), IRI("http://example.org/p"), .literal(Literal("in the middle")))
        let file = try TestFiles.scratchFolder().appendingPathComponent("mixed.nt")
        try RDFStream.write(as: .nTriples, toFile: file.path) { sink in
            try sink.write(lines, skipping: { $0 != 0 })
            try sink.write([between])
            try sink.write(lines, skipping: { $0 == 0 })
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == "\(all[0])\n<http://example.org/between> <http://example.org/p> \"in the middle\" .\n\(all[1])\n\(all[2])\n")
    }
}

import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

private let ex = Namespace(prefix: "ex", iri: "http://example.org/person/")
private let schema = Vocabulary.schema

/// A small graph with the cases that trip serializers: non-ASCII, quotes, line ends, typed and
/// language-tagged literals, blank nodes, named graphs.
private func sampleGraph() -> Graph {
    var graph = Graph()
    let doc = IRI("http://example.org/document/d-1")
    let jane = Term.iri(ex("ana-simonyte"))
    graph.insert(Triple(jane, Vocabulary.rdf("type"), .iri(schema("Person"))), in: doc)
    graph.insert(Triple(jane, schema("name"), .literal(Literal("Đorđe O'Neill Šimonytė"))), in: doc)
    graph.insert(Triple(jane, schema("description"), .literal(Literal("line one\r\nline \"two\"\ttab\\"))), in: doc)
    graph.insert(Triple(jane, schema("jobTitle"), .literal(Literal("Politischer Direktor", language: "de"))), in: doc)
    graph.insert(Triple(jane, schema("birthDate"), .literal(Literal("1970-01-02", datatype: Vocabulary.xsd("date")))))
    graph.insert(Triple(jane, schema("affiliation"), .blank(BlankNode("b0"))))
    graph.insert(Triple(.blank(BlankNode("b0")), schema("name"), .literal(Literal(""))))
    // A text whose characters are counted keeps its byte-order mark, CRLF and lone CR.
    graph.insert(Triple(jane, schema("text"), .literal(Literal(verbatim: "\u{FEFF}one\r\ntwo\rthree"))), in: doc)
    return graph
}

@Suite struct RaptorRoundTripTests {
    @Test(arguments: [RDFSyntax.turtle, .nTriples, .nQuads])
    func graphSurvivesFileAndBack(syntax: RDFSyntax) throws {
        let graph = sampleGraph()
        let folder = try TestFiles.scratchFolder()
        let file = folder.appendingPathComponent("sample.\(syntax.fileExtensions[0])")
        try graph.write(as: syntax, prefixes: Vocabulary.standard + [ex], toFile: file.path)
        try TestFiles.keep(file, as: "raptor-roundtrip/sample.\(syntax.fileExtensions[0])")
        let back = try Graph(contentsOfFile: file.path)
        var expected = Graph()
        for quad in graph.quads { expected.insert(quad.triple, in: syntax.hasNamedGraphs ? quad.graph : nil) }
        #expect(back.isIsomorphic(to: expected))
        #expect(back.count == graph.count)
    }

    @Test func turtleUsesDeclaredPrefixesAndNoBaseAndGroupsBySubject() throws {
        let text = try sampleGraph().serialized(as: .turtle, prefixes: Vocabulary.standard + [ex])
        #expect(text.contains("@prefix schema: <http://schema.org/> ."))
        #expect(text.contains("ex:ana-simonyte"))
        #expect(!text.contains("<http://example.org/person/ana-simonyte>"))
        #expect(!text.contains("@base"))
        // Grouped by subject: the subject is written once, its statements follow with `;`.
        #expect(text.components(separatedBy: "ex:ana-simonyte").count == 2)
        #expect(text.contains("Šimonytė") || text.contains("\\u0160imonyt\\u0117"))
        // Line ends of ordinary literals are normalized before they are written.
        #expect(text.contains("line one\nline") && !text.contains("line one\r"))
    }

    @Test func sameGraphGivesTheSameBytes() throws {
        let a = try sampleGraph().serialized(as: .turtle, prefixes: Vocabulary.standard)
        let b = try sampleGraph().serialized(as: .turtle, prefixes: Vocabulary.standard)
        #expect(a == b)
        let c = try sampleGraph().serialized(as: .nQuads)
        let d = try sampleGraph().serialized(as: .nQuads)
        #expect(c == d)
    }

    @Test func nQuadsPutsStatementsInTheirDocumentGraph() throws {
        let text = try sampleGraph().serialized(as: .nQuads)
        let inDocument = text.split(separator: "\n").filter { $0.hasSuffix("<http://example.org/document/d-1> .") }
        #expect(inDocument.count == 5)
        let back = try Graph(parsing: text, syntax: .nQuads)
        #expect(back.namedGraphs == [IRI("http://example.org/document/d-1")])
    }

    @Test func parseErrorsCarryFileLineAndColumn() throws {
        let folder = try TestFiles.scratchFolder()
        let file = folder.appendingPathComponent("broken.ttl")
        try "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n".write(to: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: RaptorError.self) { try Graph(contentsOfFile: file.path) }
        #expect(error?.file == file.path)
        #expect(error?.line == 3)
        #expect(error?.errorDescription?.hasPrefix(file.path + ":3") == true)
    }

    @Test func readsRDFXML() throws {
        let xml = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:s="http://schema.org/">
          <s:Person rdf:about="http://example.org/p"><s:name>Ana</s:name></s:Person>
        </rdf:RDF>
        """
        let graph = try Graph(parsing: xml, syntax: .rdfXML)
        #expect(graph.contains(Triple(.iri(IRI("http://example.org/p")), schema("name"), .literal(Literal("Ana")))))
    }

    @Test func missingFileAndUnknownExtensionAreClearErrors() throws {
        let missing = #expect(throws: RaptorError.self) { try Graph(contentsOfFile: "/nonexistent/graph.ttl") }
        #expect(missing?.errorDescription?.hasPrefix("/nonexistent/graph.ttl: cannot read") == true)
        let unknown = #expect(throws: RaptorError.self) { try Graph(contentsOfFile: "/tmp/graph.csv") }
        #expect(unknown?.errorDescription?.contains("unknown RDF syntax") == true)
    }

    @Test func failedWriteLeavesNoFileAndKeepsTheOldOne() throws {
        let folder = try TestFiles.scratchFolder()
        // A target that cannot be replaced (a non-empty folder) makes the final rename fail.
        let blocked = folder.appendingPathComponent("out.nt")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let error = #expect(throws: RaptorError.self) { try sampleGraph().write(as: .nTriples, toFile: blocked.path) }
        #expect(error?.file == blocked.path)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)

        let intoMissingFolder = folder.appendingPathComponent("no/such/folder/out.ttl")
        #expect(throws: RaptorError.self) { try sampleGraph().write(as: .turtle, toFile: intoMissingFolder.path) }
        #expect(!FileManager.default.fileExists(atPath: intoMissingFolder.path))
    }

    @Test func nTriplesEscapesNonASCII() throws {
        // Raptor's N-Triples writer escapes every non-ASCII character; the README says so.
        let text = try sampleGraph().serialized(as: .nTriples)
        #expect(text.contains("\\u0160imonyt\\u0117"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }
}

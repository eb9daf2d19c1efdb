import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

/// Turtle streamed batch by batch is the same graph as N-Triples, with its prefixes once at the top.
@Suite struct TurtleStreamTests {
    @Test(arguments: [100_000, 150, 1])
    func turtleInBatchesIsTheGraphOfTheNTriples(batch: Int) throws {
        let root = TestFiles.packageRoot
        let folder = try TestFiles.scratchFolder("turtle-\(batch)")
        var corpus = CorpusBuilder(builder: DocumentGraphBuilder(scheme: try IdentifierScheme(), extractor: InventedText.extractor))
        corpus.turtleBatch = batch
        let inputs = [root.appendingPathComponent("Fixtures/press-releases").path]
        let turtle = folder.appendingPathComponent("g.ttl").path, triples = folder.appendingPathComponent("g.nt").path
        let written = try corpus.stream(inputs, as: .turtle, prefixes: corpus.builder.prefixes, toFile: turtle)
        _ = try corpus.stream(inputs, as: .nTriples, prefixes: corpus.builder.prefixes, toFile: triples)
        let fromTurtle = try Graph(contentsOfFile: turtle), fromTriples = try Graph(contentsOfFile: triples)
        #expect(Set(fromTurtle.triples) == Set(fromTriples.triples))
        #expect(written.statements == fromTriples.count)
        let text = try String(contentsOfFile: turtle, encoding: .utf8)
        let prefixLines = text.split(separator: "\n").filter { $0.hasPrefix("@prefix") }
        #expect(prefixLines.count == corpus.builder.prefixes.count)
        #expect(text.hasPrefix("@prefix"))
        try TestFiles.keep(URL(fileURLWithPath: turtle), as: "turtle-stream/batch-\(batch).ttl")
    }
}

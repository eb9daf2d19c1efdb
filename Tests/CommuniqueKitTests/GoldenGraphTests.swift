import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

/// The graph of `Fixtures/` against the reviewed golden file `Golden/fixtures.ttl`.
///
/// Re-record after a deliberate change with `COMMUNIQUE_RECORD_GOLDEN=1 swift test`, then review the diff.
@Suite struct GoldenGraphTests {
    @Test func fixturesGraphMatchesTheGoldenFile() throws {
        let root = TestFiles.packageRoot
        let knowledge = try Knowledge(folder: root.appendingPathComponent("Ontology").path)
        let builder = DocumentGraphBuilder(scheme: try IdentifierScheme(), extractor: Extractor(knowledge: knowledge))
        let result = try CorpusBuilder(builder: builder).build([root.appendingPathComponent("Fixtures/press-releases").path])
        #expect(result.errors.isEmpty)
        let text = try result.graph.serialized(as: .turtle, prefixes: builder.prefixes)
        let golden = root.appendingPathComponent("Tests/CommuniqueKitTests/Golden/fixtures.ttl")
        if ProcessInfo.processInfo.environment["COMMUNIQUE_RECORD_GOLDEN"] == "1" {
            try text.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(golden.path): review the diff, then run the tests again without COMMUNIQUE_RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(text == expected)
        try TestFiles.keep(golden, as: "golden/fixtures.ttl")
        let nquads = try result.graph.serialized(as: .nQuads, prefixes: builder.prefixes)
        try TestFiles.keep(text: nquads, as: "golden/fixtures.nq")
        #expect(try Graph(parsing: nquads, syntax: .nQuads).namedGraphs.count == 5)
    }
}

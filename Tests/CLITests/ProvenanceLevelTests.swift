import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

private let fixtures = TestFiles.packageRoot.appendingPathComponent("Fixtures/press-releases").path
private let prov = Vocabulary.prov
private let nif = Vocabulary.nif

/// `build --provenance full|statements|none`: the same facts, with less said of where they come from.
@Suite struct ProvenanceLevelTests {
    /// The statements that are facts: none about phrases, reified statements or provenance.
    func facts(_ graph: Graph) -> Set<Triple> {
        let provenance: Set<IRI> = [prov("wasDerivedFrom"), prov("wasGeneratedBy"), nif("isString"), nif("beginIndex"), nif("endIndex")]
        let evidence = Set(graph.instances(of: nif("Phrase")) + graph.instances(of: Vocabulary.rdf("Statement")))
        return Set(graph.triples.filter { triple in
            !provenance.contains(triple.predicate) && !evidence.contains(triple.subject)
                && !(triple.predicate == Vocabulary.rdf("type") && triple.object == .iri(nif("Context")))
        })
    }

    @Test func everyLevelHoldsTheSameFactsAndFullIsTheDefault() throws {
        let folder = try TestFiles.scratchFolder()
        var graphs: [String: Graph] = [:]
        for level in ["full", "statements", "none"] {
            let result = try Executable.run(["build", fixtures, "-o", "\(level).nt", "--provenance", level, "--quiet"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            graphs[level] = try Graph(contentsOfFile: folder.appendingPathComponent("\(level).nt").path)
            try TestFiles.keep(folder.appendingPathComponent("\(level).nt"), as: "cli/provenance-\(level).nt")
        }
        #expect(try Executable.run(["build", fixtures, "-o", "default.nt", "--quiet"], in: folder).status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("default.nt")) == Data(contentsOf: folder.appendingPathComponent("full.nt")))
        let full = try #require(graphs["full"]), statements = try #require(graphs["statements"]), none = try #require(graphs["none"])
        #expect(facts(full) == facts(statements))
        #expect(facts(full) == facts(none))
        #expect(full.count > statements.count && statements.count > none.count)
        // statements: each event and membership still says its document, and nothing more.
        #expect(statements.instances(of: nif("Phrase")).isEmpty && statements.instances(of: Vocabulary.rdf("Statement")).isEmpty)
        let derived = Set(statements.triples.filter { $0.predicate == prov("wasDerivedFrom") }.map(\.subject))
        let events = Set(statements.instances(of: Vocabulary.schema("Event")))
        let memberships = Set(statements.instances(of: Vocabulary.org("Membership")))
        #expect(derived == events.union(memberships))
        // none: facts alone (PROV terms that are facts, such as prov:actedOnBehalfOf, stay).
        #expect(!none.triples.contains { [prov("wasDerivedFrom"), prov("wasGeneratedBy")].contains($0.predicate) || $0.predicate.value.hasPrefix(nif.iri) })
        let bad = try Executable.run(["build", fixtures, "--provenance", "some"], in: folder)
        #expect(bad.status == 2)
    }
}

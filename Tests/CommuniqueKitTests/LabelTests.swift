import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

/// Every entity of the graph has an `rdfs:label`, for RDF browsers and tools that know no schema.org.
@Suite struct LabelTests {
    @Test func everyEntityHasAnRDFSLabel() throws {
        let root = TestFiles.packageRoot
        let knowledge = try Knowledge(folder: root.appendingPathComponent("Ontology").path)
        let builder = DocumentGraphBuilder(scheme: try IdentifierScheme(), extractor: Extractor(knowledge: knowledge))
        let graph = try CorpusBuilder(builder: builder).build([root.appendingPathComponent("Fixtures/press-releases").path]).graph
        let kinds = ["Person", "Organization", "GovernmentOrganization", "Country", "Event", "Place", "CreativeWork", "NewsArticle"]
        var checked = 0
        for kind in kinds {
            for node in graph.instances(of: Vocabulary.schema(kind)) {
                checked += 1
                #expect(!graph.objects(of: node, Vocabulary.rdfs("label")).isEmpty, "\(node) (\(kind)) has no rdfs:label")
            }
        }
        for node in graph.instances(of: Vocabulary.org("Role")) {
            #expect(!graph.objects(of: node, Vocabulary.rdfs("label")).isEmpty, "\(node) (role) has no rdfs:label")
        }
        #expect(checked >= 40)
    }
}

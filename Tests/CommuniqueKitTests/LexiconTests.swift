import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

/// The knowledge files give every cue list the grammar asks for, and declare every rule a finding records.
@Suite struct LexiconTests {
    @Test func everyCueKindHasEntries() {
        #expect(InventedText.knowledge.cues.emptyKinds.map(\.tableName) == [])
    }

    @Test func cueKindsAreNamedInKebabCase() {
        #expect(CueLexicon.Kind.organizerVerb.tableName == "organizer-verb")
        #expect(CueLexicon.Kind.precedentCueAfterEvent.tableName == "precedent-cue-after-event")
    }

    @Test func everyRuleIsDeclaredWithADescriptionAndNoOtherIs() throws {
        let path = TestFiles.packageRoot.appendingPathComponent("Ontology/rules.ttl").path
        let graph = try Graph(contentsOfFile: path)
        let declared = graph.instances(of: IRI("https://w3id.org/communique/ontology#ExtractionRule"))
        let names = Set(declared.compactMap { $0.iri?.value }.map { String($0.dropFirst("https://w3id.org/communique/rule/".count)) })
        #expect(names == Set(Findings.Rule.allCases.map(\.rawValue)))
        for rule in declared {
            let comments = graph.objects(of: rule, Vocabulary.rdfs("comment")).compactMap(\.literal)
            #expect(comments.count == 1, "\(rule) has \(comments.count) descriptions")
        }
    }
}

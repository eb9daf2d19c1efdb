import CommuniqueKit
import Foundation
import TestSupport

/// Runs the extractor on small texts written for the tests, in the language of press releases, with other
/// people, places, organizations and dates than the fixtures and the development set.
enum InventedText {
    static let knowledge: Knowledge = {
        do { return try Knowledge(folder: TestFiles.packageRoot.appendingPathComponent("Ontology").path) } catch {
            fatalError("cannot load Ontology/: \(error)")
        }
    }()
    static let extractor = Extractor(knowledge: knowledge)

    /// The findings of a release made of a headline and a body.
    static func extract(_ body: String, headline: String = "A headline") -> Findings {
        extractor.extract(ReleaseFileReader().parse(headline + "\n" + body, fileName: "test.txt"))
    }

    /// The names of the entities of a kind that the release mentions.
    static func names(_ found: Findings, _ kind: Findings.Key.Kind) -> Set<String> {
        let mentioned = Set(found.mentions.map(\.key))
        return Set(found.entities.values.filter { $0.key.kind == kind && mentioned.contains($0.key) }.map(\.name))
    }
}

import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

/// Every `owl:sameAs` Wikidata link of the knowledge files is the reviewed one of `../shared/data/`, and an
/// entity with no reviewed QID has none.
@Suite struct WikidataTests {
    /// The reviewed QIDs by the table's first column (ISO code or organization id); "" where none is verified.
    func reviewed(_ name: String) throws -> [String: String] {
        let path = TestFiles.packageRoot.appendingPathComponent("../shared/data/\(name)").standardizedFileURL.path
        let text = try #require(try? String(contentsOfFile: path, encoding: .utf8), "\(path) is needed: ../shared beside the project")
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            table[fields[0]] = fields.count > 2 ? fields[2] : ""
        }
        return table
    }

    func sameAs(in file: String, keyedBy key: (Graph, Term) -> String?) throws -> [String: [String]] {
        let graph = try Graph(contentsOfFile: TestFiles.packageRoot.appendingPathComponent("Ontology/\(file)").path)
        var links: [String: [String]] = [:]
        for subject in Set(graph.triples.map(\.subject)) {
            guard let id = key(graph, subject) else { continue }
            links[id] = graph.objects(of: subject, Vocabulary.owl("sameAs")).compactMap(\.iri?.value)
                .map { String($0.dropFirst("http://www.wikidata.org/entity/".count)) }
        }
        return links
    }

    @Test func statesLinkToTheReviewedQIDs() throws {
        let table = try reviewed("states-wikidata.tsv")
        let links = try sameAs(in: "states.ttl") { graph, node in
            graph.objects(of: node, IRI("http://www.geonames.org/ontology#countryCode")).first?.literal?.lexicalForm
        }
        #expect(links.count >= 196)
        for (iso, qids) in links {
            let expected = table[iso].flatMap { $0.isEmpty ? nil : [$0] } ?? []
            #expect(qids == expected, "\(iso): \(qids) in states.ttl, \(expected) reviewed")
        }
        #expect(links["DK"] == ["Q756617"] && links["NL"] == ["Q29999"])
    }

    @Test func organizationsLinkToTheReviewedQIDsOrNone() throws {
        let table = try reviewed("organizations-wikidata.tsv")
        let links = try sameAs(in: "organizations.ttl") { _, node in node.iri.map { String($0.value.split(separator: "/").last ?? "") } }
        #expect(links.count >= 69)
        for (id, qids) in links {
            let expected = table[id].flatMap { $0.isEmpty ? nil : [$0] } ?? []
            #expect(qids == expected, "\(id): \(qids) in organizations.ttl, \(expected) reviewed")
        }
        #expect(links["unodc"] == ["Q636107"])
    }
}

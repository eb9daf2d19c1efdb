import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

private let pages = TestFiles.packageRoot.appendingPathComponent("Fixtures/pages")

/// Press releases kept as HTML pages read like their text: the same entities and relations.
@Suite struct PageReadingTests {
    /// The graph of one file under a name, built with the knowledge of `Ontology/`.
    func graph(of data: Data, named name: String) throws -> Graph {
        let folder = try TestFiles.scratchFolder()
        try data.write(to: folder.appendingPathComponent(name))
        let builder = DocumentGraphBuilder(scheme: try IdentifierScheme(), extractor: InventedText.extractor)
        let result = try CorpusBuilder(builder: builder).build([folder.appendingPathComponent(name).path])
        #expect(result.errors.isEmpty, "\(result.errors)")
        return result.graph
    }

    /// The statements about entities, events and roles: not those of the document, its phrases, reified
    /// statements and quotations, whose offsets count in each file's own text.
    func facts(_ graph: Graph) throws -> Set<Triple> {
        let scheme = try IdentifierScheme()
        let perDocument = [scheme.document, scheme.mention, scheme.statement, scheme.quotation].map(\.iri)
        return Set(graph.triples.filter { triple in
            guard case .iri(let subject) = triple.subject else { return false }
            return !perDocument.contains { subject.value.hasPrefix($0) }
        })
    }

    @Test func aPageAndTheTextOfTheSameReleaseGiveTheSameEntitiesAndRelations() throws {
        let page = try graph(of: try Data(contentsOf: pages.appendingPathComponent("news-centre-dateline.html")), named: "release.html")
        let text = """
            Regional meeting on synthetic drugs closes in Almaty

            ALMATY, 14 November 2018 – Experts from Kazakhstan, Kyrgyzstan and Tajikistan ended a two-day meeting on synthetic drugs organized by the United Nations Office on Drugs and Crime (UNODC) and the OSCE.

            Some 40 police and customs officers took part.

            """
        let plain = try graph(of: Data(text.utf8), named: "release.txt")
        let pageFacts = try facts(page), textFacts = try facts(plain)
        #expect(pageFacts.count >= 20)
        #expect(pageFacts.symmetricDifference(textFacts).isEmpty, "\(pageFacts.symmetricDifference(textFacts).prefix(5))")
        // The page's text is the text above, so even the offsets agree: only the file name and media type differ.
        let document = Term.iri(IRI("https://w3id.org/communique/id/document/release-release"))
        #expect(page.objects(of: document, Vocabulary.schema("encodingFormat")) == [.literal(Literal("text/html"))])
        #expect(plain.objects(of: document, Vocabulary.schema("encodingFormat")) == [.literal(Literal("text/plain"))])
        let fileProperties = [Vocabulary.schema("encodingFormat"), Vocabulary.schema("identifier")]
        let without = { (g: Graph) in Set(g.triples.filter { !fileProperties.contains($0.predicate) }) }
        let difference = without(page).symmetricDifference(without(plain))
        #expect(difference.isEmpty, "\(difference.prefix(5))")
    }

    @Test func aPagesDateComesFromItsTimeElementAndItsMenusMentionNothing() throws {
        let graph = try graph(of: try Data(contentsOf: pages.appendingPathComponent("agency-article.html")), named: "agency.html")
        let document = Term.iri(IRI("https://w3id.org/communique/id/document/release-agency"))
        #expect(graph.objects(of: document, Vocabulary.schema("datePublished")) == [.literal(Literal("2019-05-02", datatype: Vocabulary.xsd("date")))])
        let mentioned = Set(graph.objects(of: document, Vocabulary.schema("mentions")).compactMap { $0.iri?.value.split(separator: "/").last.map(String.init) })
        #expect(mentioned.isSuperset(of: ["latvia", "estonia", "lithuania", "norway", "unodc", "mara-ozola"]))
        for menu in ["albania", "armenia", "kyrgyzstan", "serbia", "ukraine", "moldova", "austria", "poland", "georgia"] {
            #expect(!mentioned.contains(menu), "\(menu) comes from the page's furniture")
        }
        // The NIF context is the article's text, which the offsets count in.
        let string = try #require(graph.objects(of: document, Vocabulary.nif("isString")).first?.literal?.lexicalForm)
        #expect(string.hasPrefix("Customs officers from three Baltic states train in port security\n\nPress release"))
        #expect(!string.contains("<"))
    }
}

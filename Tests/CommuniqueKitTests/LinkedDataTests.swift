import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

private let nif = Vocabulary.nif
private let xsd = Vocabulary.xsd

/// What a generic RDF consumer relies on: NIF contexts that hold their text, typed ISO codes, event types
/// as concepts, readable IRIs for names in any script.
@Suite struct LinkedDataTests {
    /// The graph of one file built with the knowledge of `Ontology/`.
    func graph(ofFile text: String) throws -> Graph {
        let folder = try TestFiles.scratchFolder()
        try Data(text.utf8).write(to: folder.appendingPathComponent("release.txt"))
        let builder = DocumentGraphBuilder(scheme: try IdentifierScheme(), extractor: InventedText.extractor)
        return try CorpusBuilder(builder: builder).build([folder.path]).graph
    }

    @Test(arguments: ["lf", "crlf", "bom+crlf", "lone-cr"])
    func everyPhraseIsItsContextsStringBetweenItsOffsets(shape: String) throws {
        var text = FileOffsetTests.body
        if shape.contains("crlf") { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        if shape.contains("bom") { text = "\u{FEFF}" + text }
        if shape == "lone-cr" { text = text.replacingOccurrences(of: "\nLatvia", with: "\rLatvia") }
        let graph = try graph(ofFile: text)
        let contexts = graph.instances(of: nif("Context"))
        #expect(contexts.count == 1)
        let context = try #require(contexts.first)
        // The text as in the file, byte-order mark and CRs kept: what the offsets count in.
        let string = try #require(graph.objects(of: context, nif("isString")).first?.literal?.lexicalForm)
        #expect(string == text)
        #expect(graph.objects(of: context, nif("endIndex")).first?.literal == Literal(String(text.unicodeScalars.count), datatype: xsd("nonNegativeInteger")))
        let scalars = Array(string.unicodeScalars)
        let phrases = graph.instances(of: nif("Phrase"))
        #expect(phrases.count >= 5)
        for phrase in phrases {
            #expect(graph.objects(of: phrase, nif("referenceContext")) == [context])
            let begin = try #require(graph.objects(of: phrase, nif("beginIndex")).first?.literal.flatMap { Int($0.lexicalForm) })
            let end = try #require(graph.objects(of: phrase, nif("endIndex")).first?.literal.flatMap { Int($0.lexicalForm) })
            let anchor = graph.objects(of: phrase, nif("anchorOf")).first?.literal?.lexicalForm
            let between = String(String.UnicodeScalarView(scalars[begin..<end]))
            #expect(between.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") == anchor, "\(shape): \(begin)-\(end)")
        }
    }

    @Test func aStatesISOCodeIsAGeoNamesCountryCodeNotAnIdentifier() throws {
        let graph = try graph(ofFile: FileOffsetTests.body)
        let latvia = Term.iri(IRI("https://w3id.org/communique/id/state/latvia"))
        #expect(graph.objects(of: latvia, IRI("http://www.geonames.org/ontology#countryCode")) == [.literal(Literal("LV"))])
        #expect(graph.objects(of: latvia, Vocabulary.schema("identifier")).isEmpty)
    }

    @Test func eventTypesAreConceptsDeclaredInTheOntology() throws {
        let declared = try Graph(contentsOfFile: TestFiles.packageRoot.appendingPathComponent("Ontology/event-types.ttl").path)
        let concepts = Set(declared.instances(of: Vocabulary.skos("Concept")))
        let scheme = Term.iri(IRI("https://w3id.org/communique/ontology#EventTypes"))
        #expect(concepts.count >= 15)
        #expect(concepts.allSatisfy { declared.objects(of: $0, Vocabulary.skos("inScheme")) == [scheme] })
        let text = "Experts gather for a seminar on ports\nRIGA, 2 May 2019 – A seminar on port security opened in Riga today.\n"
        let graph = try graph(ofFile: text)
        let types = graph.triples.filter { $0.predicate == IRI("https://w3id.org/communique/ontology#eventType") }.map(\.object)
        #expect(types == [.iri(IRI("https://w3id.org/communique/event-type/seminar"))])
        #expect(types.allSatisfy(concepts.contains))
    }

    @Test(arguments: [
        ("Владимир Путин", "vladimir-putin"), ("王毅", "wang-yi"), ("Ελλάδα", "ellada"), ("Ana Šimonytė", "ana-simonyte"),
        ("O'Neill of the UN-HQ (2019)", "oneill-of-the-un-hq-2019"), ("Đorđević ZÜRICH", "dordevic-zurich"), ("3rd Meeting", "n3rd-meeting"),
    ])
    func namesInOtherScriptsAreTransliterated(name: String, slug: String) {
        #expect(Slug.make(name) == slug)
    }

    @Test(arguments: ["O'Neill of the UN-HQ (2019)", "--Zed  Harbour--", "release_dev_07.txt", "_a__b_", "9 Fog", "a'b'c", "MIXED case 42"])
    func anASCIITextFoldsByItsBytesAsByItsScalars(text: String) {
        // A final typographic apostrophe is dropped, but sends the text through the scalar path.
        for keep in [false, true] {
            #expect(Slug.make(text, keepUnderscores: keep) == Slug.make(text + "\u{2019}", keepUnderscores: keep))
        }
        #expect(Slug.make("release_dev_07.txt", keepUnderscores: true) == "release_dev_07-txt")
        #expect(Slug.make("release_dev_07.txt") == "release-dev-07-txt")
        #expect(Slug.make("--Zed  Harbour--") == "zed-harbour" && Slug.make("9 Fog") == "n9-fog")
    }

    @Test func whatGivesNoLetterIsAHashDistinctPerText() {
        let a = Slug.make("☃☃"), b = Slug.make("★")
        #expect(a.hasPrefix("x-") && b.hasPrefix("x-") && a != b)
        #expect(a == Slug.make("☃☃"))
        #expect(a.count == 18)
    }
}

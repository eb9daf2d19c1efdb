import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

private let handwritten = TestFiles.packageRoot.appendingPathComponent("Tests/RelationsTests/Resources/handwritten.ttl").path
private let schema = Vocabulary.schema

/// An invented release, with a dateline, a headline and two bodies.
private let release = """
    Port officers of two states train together

    RIGA, 2 May 2019 – The Border Academy held a course for port officers with the Customs Service of Latvia.
    """

/// Parses a command's standard output as JSON.
private func json(_ result: ProcessResult) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
}

/// Document identity, standard input, syntaxes named, and the JSON every command prints for scripts.
@Suite struct ScriptingTests {
    @Test func twoReleasesWithOneFileNameInTwoFoldersAreTwoDocumentsWithStableIRIs() throws {
        let folder = try TestFiles.scratchFolder()
        for sub in ["spring", "autumn"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("in/\(sub)"), withIntermediateDirectories: true)
            try release.replacingOccurrences(of: "2 May", with: sub == "spring" ? "2 May" : "9 October")
                .write(to: folder.appendingPathComponent("in/\(sub)/release.txt"), atomically: true, encoding: .utf8)
        }
        var built: [Data] = []
        for output in ["a.nt", "b.nt"] {
            let result = try Executable.run(["build", "in", "-o", output, "--quiet"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            built.append(try Data(contentsOf: folder.appendingPathComponent(output)))
        }
        #expect(built[0] == built[1])
        let graph = try Graph(contentsOfFile: folder.appendingPathComponent("a.nt").path)
        let documents = graph.instances(of: schema("NewsArticle")).compactMap(\.iri?.value).sorted()
        #expect(documents == ["https://w3id.org/communique/id/document/release-autumn-release",
                              "https://w3id.org/communique/id/document/release-spring-release"])
        let dates = graph.instances(of: schema("NewsArticle")).flatMap { graph.objects(of: $0, schema("datePublished")) }
        #expect(dates.count == 2)
    }

    @Test func twoInputsThatWouldShareADocumentStopTheBuildAndWriteNothing() throws {
        let folder = try TestFiles.scratchFolder()
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            try release.write(to: folder.appendingPathComponent("\(sub)/release.txt"), atomically: true, encoding: .utf8)
        }
        for output in ["out.ttl", "out.nt"] {
            let result = try Executable.run(["build", "a", "b", "-o", output], in: folder)
            #expect(result.status == 1)
            #expect(result.standardError == "communique: error: b/release.txt: its document would be "
                + "https://w3id.org/communique/id/document/release-release, the document of a/release.txt as well; rename one of them "
                + "(a document is named by its path inside the folder given, or its file name); nothing written\n")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a", "b"])
    }

    @Test func buildReadsOneReleaseFromStandardInputUnderTheNameGiven() throws {
        let result = try Executable.run(["build", "-", "--name", "2019/port.txt", "--format", "ntriples"], input: release)
        #expect(result.status == 0, "\(result.standardError)")
        let graph = try Graph(parsing: result.standardOutput, syntax: .nTriples)
        let document = Term.iri(IRI("https://w3id.org/communique/id/document/release-2019-port"))
        #expect(graph.objects(of: document, schema("identifier")).compactMap(\.literal?.lexicalForm) == ["2019/port.txt"])
        #expect(graph.objects(of: document, schema("datePublished")).compactMap(\.literal?.lexicalForm) == ["2019-05-02"])
        let empty = try Executable.run(["build", "-", "--format", "ntriples"], input: "")
        #expect(empty.status == 1)
        #expect(empty.standardError.hasPrefix("communique: error: standard input: empty file"))
    }

    @Test func graphCommandsAndLoadReadStandardInputWithTheSyntaxNamed() throws {
        let text = try String(contentsOfFile: handwritten, encoding: .utf8)
        let listed = try Executable.run(["list", "-", "--input-format", "turtle", "--type", "organization", "--format", "tsv"], input: text)
        #expect(listed.status == 0, "\(listed.standardError)")
        #expect(listed.standardOutput.split(separator: "\n").count == 3)
        let unnamed = try Executable.run(["list", "-"], input: text)
        #expect(unnamed.status == 2)
        #expect(unnamed.standardError.hasPrefix("communique: error: reading a graph from standard input (-) needs --input-format"))
        // Turtle saved as .owl: the extension says RDF/XML, the option says otherwise.
        let folder = try TestFiles.scratchFolder()
        try text.write(to: folder.appendingPathComponent("graph.owl"), atomically: true, encoding: .utf8)
        let misnamed = try Executable.run(["find", "graph.owl", "IBS", "--format", "tsv"], in: folder)
        #expect(misnamed.status == 1)
        let overridden = try Executable.run(["find", "graph.owl", "IBS", "--input-format", "turtle", "--format", "tsv"], in: folder)
        #expect(overridden.status == 0)
        #expect(overridden.standardOutput.contains("Institute of Border Studies\torganization"))
        let badLoad = try Executable.run(["load", "-", "--endpoint", "http://127.0.0.1:9"], input: text)
        #expect(badLoad.status == 2)
    }

    @Test func anOutputExtensionThatNamesNoWrittenSyntaxIsAUsageError() throws {
        let folder = try TestFiles.scratchFolder()
        try release.write(to: folder.appendingPathComponent("r.txt"), atomically: true, encoding: .utf8)
        for output in ["g.jsonld", "g.trig", "g.rdf"] {
            let result = try Executable.run(["build", "r.txt", "-o", output], in: folder)
            #expect(result.status == 2)
            #expect(result.standardError.hasPrefix("communique: error: cannot tell which RDF syntax to write to \(output): name a .ttl, .nt or .nq file"))
            #expect(result.standardError.contains("Usage: communique build"))
        }
        let named = try Executable.run(["build", "r.txt", "-o", "g.trig", "--format", "nquads", "--quiet"], in: folder)
        #expect(named.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["g.trig", "r.txt"])
    }

    @Test func buildJSONSummaryNamesEveryDocumentAndError() throws {
        let folder = try TestFiles.scratchFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        try release.write(to: folder.appendingPathComponent("in/good.txt"), atomically: true, encoding: .utf8)
        try Data("Headline of a bad one\nCaf".utf8 + [0xE9]).write(to: folder.appendingPathComponent("in/latin1.txt"))
        let result = try Executable.run(["build", "in", "-o", "g.nt", "--json", "-j", "1"], in: folder)
        #expect(result.status == 1)
        let summary = try #require(try json(result) as? [String: Any])
        #expect(summary["output"] as? String == "g.nt")
        #expect(summary["format"] as? String == "ntriples")
        let lines = try String(contentsOf: folder.appendingPathComponent("g.nt"), encoding: .utf8).split(separator: "\n")
        #expect(summary["statements"] as? Int == lines.count)
        let documents = try #require(summary["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(documents.first?["file"] as? String == "in/good.txt")
        #expect(documents.first?["name"] as? String == "good.txt")
        #expect(documents.first?["iri"] as? String == "https://w3id.org/communique/id/document/release-good")
        #expect((documents.first?["statements"] as? Int ?? 0) > 10)
        let errors = try #require(summary["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(errors.first?["file"] as? String == "in/latin1.txt")
        #expect(errors.first?["line"] as? Int == 2)
        #expect(errors.first?["message"] as? String == "in/latin1.txt:2: not UTF-8 text")
        #expect(result.standardError == "communique: error: in/latin1.txt:2: not UTF-8 text\n")
    }

    @Test func relationsAndPathJSONCarryIRIsDatesAndDocumentsWhole() throws {
        let relations = try Executable.run(["relations", handwritten, "ana", "--format", "json"])
        #expect(relations.status == 0)
        let answer = try #require(try json(relations) as? [String: Any])
        let entity = try #require(answer["entity"] as? [String: String])
        #expect(entity == ["name": "Ana Ćosić", "type": "person", "iri": "http://example.org/people/ana"])
        #expect(answer["names"] as? [String] == ["Ana Ćosić", "Ana"])
        let links = try #require(answer["relations"] as? [[String: Any]])
        #expect(links.count == 2)
        let role = try #require(links.first)
        #expect(role["heading"] as? String == "roles")
        #expect(role["role"] as? String == "Chair")
        #expect(role["direction"] as? String == "out")
        #expect(role["dates"] as? [String] == ["2021-03-04"])
        #expect((role["entity"] as? [String: String])?["iri"] == "http://example.org/org/nbc")
        #expect(role["documents"] as? [[String: String]] == [["iri": "http://example.org/doc/minutes-7", "name": "minutes-7.txt"]])
        // Nothing is cut: the statement is the whole sentence.
        #expect(role["statement"] as? String == "Chair at Northern Border Council (as of 4 March 2021, per minutes-7.txt)")
        let mentor = links[1]
        #expect(mentor["property"] as? String == "http://example.org/vocab#mentors")
        #expect((mentor["entity"] as? [String: String])?["iri"]?.hasPrefix("_:") == true)

        let path = try Executable.run(["path", handwritten, "Ana", "IBS", "--format", "json"])
        let chains = try #require(try json(path) as? [[String: Any]])
        #expect(chains.count == 2)
        let hops = try #require(chains.first?["hops"] as? [[String: Any]])
        #expect(hops.map { $0["relation"] as? String } == ["Chair", "has part"])
        #expect(hops.map { ($0["from"] as? [String: String])?["iri"] } == ["http://example.org/people/ana", "http://example.org/org/nbc"])
        #expect(hops.map { ($0["to"] as? [String: String])?["iri"] } == ["http://example.org/org/nbc", "http://example.org/org/ibs"])
        #expect(hops.map { $0["forward"] as? Bool } == [true, false])
        #expect(hops.last?["property"] as? String == "http://www.w3.org/ns/org#subOrganizationOf")
    }

    @Test func aFailureThatIsNoUsageErrorIsOneLineWithStatusOne() throws {
        let folder = try TestFiles.scratchFolder()
        try release.write(to: folder.appendingPathComponent("r.txt"), atomically: true, encoding: .utf8)
        let result = try Executable.run(["build", "r.txt", "--ontology", "no-such-folder", "-o", "g.ttl"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError == "communique: error: no-such-folder/states.ttl: cannot read the file: No such file or directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.txt"])
    }
}

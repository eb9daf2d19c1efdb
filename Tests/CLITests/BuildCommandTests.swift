import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

private let fixtures = TestFiles.packageRoot.appendingPathComponent("Fixtures/press-releases").path
private let schema = Vocabulary.schema

@Suite struct BuildCommandTests {
    @Test(arguments: [("graph.ttl", "turtle"), ("graph.nt", "ntriples"), ("graph.nq", "nquads")])
    func buildsTheFixturesTwiceToTheSameBytes(file: String, format: String) throws {
        let folder = try TestFiles.scratchFolder()
        let first = try Executable.run(["build", fixtures, "-o", "a-" + file, "--format", format], in: folder)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == "")
        #expect(first.standardError.hasPrefix("5 documents, "))
        let second = try Executable.run(["build", fixtures, "-o", "b-" + file], in: folder)
        #expect(second.status == 0)
        let a = try Data(contentsOf: folder.appendingPathComponent("a-" + file))
        let b = try Data(contentsOf: folder.appendingPathComponent("b-" + file))
        #expect(a == b)
        try TestFiles.keep(folder.appendingPathComponent("a-" + file), as: "cli/fixtures-" + file)

        let graph = try Graph(contentsOfFile: folder.appendingPathComponent("a-" + file).path)
        let documents = graph.instances(of: schema("NewsArticle"))
        #expect(documents.count == 5)
        let dates = documents.flatMap { graph.objects(of: $0, schema("datePublished")) }.compactMap(\.literal?.lexicalForm).sorted()
        #expect(dates == ["2007-06-28", "2008-07-17", "2010-07-08", "2011-06-16", "2014-10-27"])
        let places = documents.flatMap { graph.objects(of: $0, schema("locationCreated")) }
            .flatMap { graph.objects(of: $0, schema("name")) }.compactMap(\.literal?.lexicalForm)
        #expect(places == Array(repeating: "Vienna", count: 5))
    }

    @Test func outputIsTheSameWhateverTheNumberOfThreads() throws {
        let folder = try TestFiles.scratchFolder()
        for format in ["ntriples", "nquads", "turtle"] {
            var outputs: [Data] = []
            for jobs in ["1", "3"] {
                let name = "\(format)-\(jobs).out"
                let result = try Executable.run(["build", fixtures, "-o", name, "--format", format, "--jobs", jobs, "--quiet"], in: folder)
                #expect(result.status == 0, "\(result.standardError)")
                outputs.append(try Data(contentsOf: folder.appendingPathComponent(name)))
            }
            #expect(outputs[0] == outputs[1], "\(format) differs between 1 and 3 threads")
        }
    }

    @Test(arguments: ["out.nt", "out.nq", "out.ttl"])
    func nothingReadLeavesAnExistingOutputAsItWas(output: String) throws {
        let folder = try TestFiles.scratchFolder("nothingRead-\(output)")
        try "an earlier build\n".write(to: folder.appendingPathComponent(output), atomically: true, encoding: .utf8)
        try "".write(to: folder.appendingPathComponent("empty.txt"), atomically: true, encoding: .utf8)
        let result = try Executable.run(["build", "empty.txt", "-o", output], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError == "communique: error: empty.txt: empty file, no press release in it\ncommunique: error: no press release could be read; nothing written\n")
        #expect(try String(contentsOf: folder.appendingPathComponent(output), encoding: .utf8) == "an earlier build\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["empty.txt", output])
    }

    @Test func streamedNTriplesHoldTheSameGraphAsTurtle() throws {
        let folder = try TestFiles.scratchFolder()
        #expect(try Executable.run(["build", fixtures, "-o", "g.nt", "--quiet"], in: folder).status == 0)
        #expect(try Executable.run(["build", fixtures, "-o", "g.ttl", "--quiet"], in: folder).status == 0)
        let streamed = try Graph(contentsOfFile: folder.appendingPathComponent("g.nt").path)
        let grouped = try Graph(contentsOfFile: folder.appendingPathComponent("g.ttl").path)
        #expect(streamed.count == grouped.count)
        #expect(streamed == grouped)
    }

    @Test func writesToStandardOutputWithTheBaseAsked() throws {
        let result = try Executable.run(["build", fixtures + "/004_1fb3358ce909623b.txt", "--format", "ntriples", "--base", "http://example.org/kg/"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("<http://example.org/kg/document/release-004_1fb3358ce909623b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle> ."))
        #expect(result.standardError == "1 documents, \(result.standardOutput.split(separator: "\n").count) triples → standard output\n")
    }

    @Test func badInputsAreReportedAndTheRestIsBuilt() throws {
        let folder = try TestFiles.scratchFolder()
        try Data([0x00, 0x01]).write(to: folder.appendingPathComponent("binary.txt"))
        try "".write(to: folder.appendingPathComponent("empty.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("none"), withIntermediateDirectories: true)
        let good = fixtures + "/004_1fb3358ce909623b.txt"
        let result = try Executable.run(["build", "missing.txt", "binary.txt", "none", good, "empty.txt", "-o", "out.ttl"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines == [
            "communique: error: missing.txt: no such file or folder",
            "communique: error: none: the folder holds no .txt, .html or .htm files",
            "communique: error: binary.txt: binary file (it contains NUL bytes), not a press release",
            "communique: error: empty.txt: empty file, no press release in it",
            lines.last ?? "",
        ])
        #expect(lines.last?.hasPrefix("1 documents, ") == true)
        let graph = try Graph(contentsOfFile: folder.appendingPathComponent("out.ttl").path)
        #expect(graph.instances(of: schema("NewsArticle")).count == 1)
    }

    @Test func nothingReadableWritesNothing() throws {
        let folder = try TestFiles.scratchFolder()
        let result = try Executable.run(["build", "missing.txt", "-o", "out.ttl"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError == "communique: error: missing.txt: no such file or folder\ncommunique: error: no press release could be read; nothing written\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func usageErrorsExitWithStatusTwo() throws {
        let bad = try Executable.run(["build", fixtures, "--format", "jsonld"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("jsonld"))
        let badBase = try Executable.run(["build", fixtures, "--base", "not a base"])
        #expect(badBase.status == 2)
        #expect(badBase.standardError.contains("invalid base IRI 'not a base'"))
        let help = try Executable.run(["build", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("--format"))
    }

    @Test func unwritableOutputIsAnErrorNamingTheFile() throws {
        let result = try Executable.run(["build", fixtures, "-o", "/nonexistent-folder/graph.ttl"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("communique: error: /nonexistent-folder/graph.ttl: cannot create the file"))
    }
}

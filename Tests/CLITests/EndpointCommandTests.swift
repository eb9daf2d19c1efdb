import Foundation
import TestSupport
import Testing

private let root = TestFiles.packageRoot
private let fixtures = root.appendingPathComponent("Fixtures/press-releases").path
private let queries = root.appendingPathComponent("Examples/queries")

/// `load` and `sparql` against a real Oxigraph server started for each test on 127.0.0.1.
@Suite struct EndpointCommandTests {
    /// Builds the fixtures graph as N-Quads (one named graph per release) into a scratch folder.
    func fixturesQuads(_ folder: URL) throws -> String {
        let built = try Executable.run(["build", fixtures, "-o", "fixtures.nq", "--quiet"], in: folder)
        #expect(built.status == 0, "\(built.standardError)")
        return folder.appendingPathComponent("fixtures.nq").path
    }

    func count(_ server: OxigraphServer, _ query: String) throws -> String {
        let result = try Executable.run(["sparql", "--endpoint", server.url.absoluteString, query, "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput.split(separator: "\r\n").dropFirst().joined(separator: "|")
    }

    @Test func everyExampleQueryReturnsItsExpectedResult() throws {
        let folder = try TestFiles.scratchFolder()
        let quads = try fixturesQuads(folder)
        try OxigraphServer.with { server in
            let loaded = try Executable.run(["load", quads, "--endpoint", server.url.absoluteString])
            #expect(loaded.status == 0, "\(loaded.standardError)")
            #expect(loaded.standardOutput == "")
            let lines = loaded.standardError.split(separator: "\n")
            #expect(lines.count == 6)
            #expect(lines.first == "replaced <https://w3id.org/communique/id/document/release-000_a2b1aa99ee0d7576>: 310 triples")
            #expect(lines.last?.hasPrefix("5 of 5 graphs loaded (") == true)

            let files = try FileManager.default.contentsOfDirectory(atPath: queries.path).filter { $0.hasSuffix(".rq") }.sorted()
            #expect(files.count >= 10)
            for file in files {
                let text = try String(contentsOf: queries.appendingPathComponent(file), encoding: .utf8)
                #expect(text.hasPrefix("# Question: "), "\(file) does not open with the question in words")
                let expected = try String(contentsOf: queries.appendingPathComponent(String(file.dropLast(3)) + ".tsv"), encoding: .utf8)
                let result = try Executable.run(["sparql", "--endpoint", server.url.absoluteString, "--file", queries.appendingPathComponent(file).path, "--format", "tsv"])
                #expect(result.status == 0, "\(file): \(result.standardError)")
                #expect(result.standardOutput == expected, "\(file) returned another result than its .tsv")
            }
        }
    }

    @Test func reloadingReplacesEachDocumentGraphAndNeverDuplicates() throws {
        let folder = try TestFiles.scratchFolder()
        let quads = try fixturesQuads(folder)
        try OxigraphServer.with { server in
            let endpoint = server.url.absoluteString
            #expect(try Executable.run(["load", quads, "--endpoint", endpoint, "--quiet"], in: folder).status == 0)
            let perGraph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
            let first = try count(server, perGraph)
            #expect(try Executable.run(["load", quads, "--endpoint", endpoint, "--quiet"], in: folder).status == 0)
            #expect(try count(server, perGraph) == first)
            // A re-built document with fewer statements replaces its graph.
            let document = "https://w3id.org/communique/id/document/release-004_1fb3358ce909623b"
            let all = try String(contentsOfFile: quads, encoding: .utf8).split(separator: "\n")
            let kept = all.filter { $0.hasSuffix("<\(document)> .") }.prefix(10)
            try (kept.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("one.nq"), atomically: true, encoding: .utf8)
            let reloaded = try Executable.run(["load", "one.nq", "--endpoint", endpoint], in: folder)
            #expect(reloaded.status == 0)
            #expect(reloaded.standardError.hasPrefix("replaced <\(document)>: 10 triples\n"))
            #expect(try count(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <\(document)> { ?s ?p ?o } }") == "10")
        }
    }

    @Test func aGraphIRIWithAPlusSurvivesTheQueryString() throws {
        let folder = try TestFiles.scratchFolder()
        try "<http://example.org/a> <http://example.org/p> \"x\" .\n".write(to: folder.appendingPathComponent("small.nt"), atomically: true, encoding: .utf8)
        try OxigraphServer.with { server in
            let loaded = try Executable.run(["load", "small.nt", "--endpoint", server.url.absoluteString, "--graph", "http://example.org/g+1#x"], in: folder)
            #expect(loaded.status == 0, "\(loaded.standardError)")
            #expect(loaded.standardError.hasPrefix("replaced <http://example.org/g+1#x>: 1 triples\n"))
            #expect(try count(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/g+1#x> { ?s ?p ?o } }") == "1")
            let ask = try Executable.run(["sparql", "--endpoint", server.url.absoluteString + "/query", "ASK { GRAPH ?g { ?s ?p \"x\" } }"])
            #expect(ask.standardOutput == "true\n")
        }
    }

    @Test func serverErrorsAreReportedWithStatusAndMessage() throws {
        let folder = try TestFiles.scratchFolder()
        try "<http://example.org/a> <http://example.org/p> \"x\" .\n".write(to: folder.appendingPathComponent("small.nt"), atomically: true, encoding: .utf8)
        try OxigraphServer.with { server in
            let bad = try Executable.run(["sparql", "--endpoint", server.url.absoluteString, "SELEC nothing"])
            #expect(bad.status == 1)
            #expect(bad.standardOutput == "")
            #expect(bad.standardError.hasPrefix("communique: error: POST \(server.url.absoluteString)/query failed: HTTP 400 Bad Request: "))
            let wrongPath = try Executable.run(["load", "small.nt", "--endpoint", server.url.absoluteString + "/nothere"], in: folder)
            #expect(wrongPath.status == 1)
            #expect(wrongPath.standardError == """
                communique: error: small.nt: the default graph not loaded: POST \(server.url.absoluteString)/nothere?default failed: HTTP 404 Not Found: POST /nothere is not supported by this server
                0 of 1 graphs loaded (0 triples) into \(server.url.absoluteString)/nothere

                """)
        }
    }

    @Test func anUnreachableOrSilentServerFailsClearly() throws {
        let folder = try TestFiles.scratchFolder()
        try "<http://example.org/a> <http://example.org/p> \"x\" .\n".write(to: folder.appendingPathComponent("small.nt"), atomically: true, encoding: .utf8)
        let port = try LocalPort.free()
        let unreachable = try Executable.run(["load", "small.nt", "--endpoint", "http://127.0.0.1:\(port)"], in: folder)
        #expect(unreachable.status == 1)
        #expect(unreachable.standardError.hasPrefix("communique: error: small.nt: the default graph not loaded: cannot reach http://127.0.0.1:\(port)/store?default: "))
        #expect(!unreachable.standardError.contains("added to"))
        let silent = try LocalPort.Listener()
        defer { silent.close() }
        let timedOut = try Executable.run(["sparql", "--endpoint", "http://127.0.0.1:\(silent.port)", "--timeout", "1", "ASK {}"])
        #expect(timedOut.status == 1)
        #expect(timedOut.standardError == "communique: error: http://127.0.0.1:\(silent.port)/query did not answer within 1 s\n")
    }
}

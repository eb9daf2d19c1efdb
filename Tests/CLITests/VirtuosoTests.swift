import Foundation
import TestSupport
import Testing

private let root = TestFiles.packageRoot
private let fixtures = root.appendingPathComponent("Fixtures/press-releases").path
private let queries = root.appendingPathComponent("Examples/queries")

/// The same loads and queries against a second real store, Virtuoso, through its Digest-protected Graph
/// Store endpoint.
@Suite(.serialized) struct VirtuosoTests {
    @Test func theFixturesLoadThroughDigestAndEveryExampleQueryGivesItsRows() throws {
        let folder = try TestFiles.scratchFolder()
        let built = try Executable.run(["build", fixtures, "-o", "fixtures.nq", "--quiet"], in: folder)
        #expect(built.status == 0, "\(built.standardError)")
        try VirtuosoServer.with { server in
            try (server.password + "\n").write(to: folder.appendingPathComponent("pw"), atomically: true, encoding: .utf8)
            let store = server.protectedStoreURL.absoluteString
            let loaded = try Executable.run(["load", "fixtures.nq", "--endpoint", store, "--user", server.user, "--password-file", "pw"], in: folder)
            #expect(loaded.status == 0, "\(loaded.standardError)")
            #expect(loaded.standardError.hasSuffix("5 of 5 graphs loaded (1986 triples) into \(store)\n"))
            // Loading again replaces each graph: the counts stay.
            let again = try Executable.run(["load", "fixtures.nq", "--endpoint", store, "--user", server.user, "--password-file", "pw", "--quiet"], in: folder)
            #expect(again.status == 0, "\(again.standardError)")
            let count = try Executable.run(["sparql", "--endpoint", server.queryURL.absoluteString, "--format", "csv",
                                            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/communique/\")) }"])
            #expect(count.standardOutput == "n\r\n1986\r\n")

            let files = try FileManager.default.contentsOfDirectory(atPath: queries.path).filter { $0.hasSuffix(".rq") }.sorted()
            #expect(files.count >= 12)
            for file in files {
                let expected = try String(contentsOf: queries.appendingPathComponent(String(file.dropLast(3)) + ".tsv"), encoding: .utf8)
                let result = try Executable.run(["sparql", "--endpoint", server.queryURL.absoluteString, "--file",
                                                 queries.appendingPathComponent(file).path, "--format", "tsv"])
                #expect(result.status == 0, "\(file): \(result.standardError)")
                #expect(result.standardOutput == expected, "\(file) on Virtuoso returned another result than its .tsv")
            }
        }
    }

    @Test func withoutOrWithWrongCredentialsTheLoadStopsAtOnceAndPrintsNoPassword() throws {
        let folder = try TestFiles.scratchFolder()
        let built = try Executable.run(["build", fixtures, "-o", "fixtures.nq", "--quiet"], in: folder)
        #expect(built.status == 0)
        try VirtuosoServer.with { server in
            let store = server.protectedStoreURL.absoluteString
            let anonymous = try Executable.run(["load", "fixtures.nq", "--endpoint", store, "--timeout", "10"], in: folder,
                                               environment: ["HOME": folder.path])
            #expect(anonymous.status == 1)
            let lines = anonymous.standardError.split(separator: "\n").map(String.init)
            #expect(lines.count == 3)
            #expect(lines.first?.contains("wants credentials (HTTP Digest) and none were given") == true)
            let notSent = ["001_0fbe1983ebb9ab0c", "002_d78ae3091e855bee", "003_be3def8b6b4cc539", "004_1fb3358ce909623b"]
                .map { "<https://w3id.org/communique/id/document/release-\($0)>" }.joined(separator: ", ")
            #expect(lines.dropFirst().first == "communique: error: fixtures.nq: the server refuses access; 4 not sent: " + notSent)

            try "not-the-password\n".write(to: folder.appendingPathComponent("bad"), atomically: true, encoding: .utf8)
            let wrong = try Executable.run(["load", "fixtures.nq", "--endpoint", store, "--user", server.user, "--password-file", "bad"], in: folder)
            #expect(wrong.status == 1)
            #expect(wrong.standardError.contains("wants credentials (HTTP Digest): it refused those of user '\(server.user)'"))
            #expect(!(wrong.standardError + wrong.standardOutput).contains("not-the-password"))
        }
    }

    @Test func aSelectCutAtVirtuososRowLimitIsReported() throws {
        try VirtuosoServer.with { server in
            let result = try Executable.run(["sparql", "--endpoint", server.queryURL.absoluteString, "--format", "csv",
                                             "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT \(server.maxRows * 2)"])
            #expect(result.status == 3)
            #expect(result.standardOutput.split(separator: "\r\n").count == server.maxRows + 1)
            #expect(result.standardError.hasPrefix("communique: error: the server cut the results at its limit of \(server.maxRows) rows"))
        }
    }
}

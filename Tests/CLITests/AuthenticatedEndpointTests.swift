import Foundation
import TestSupport
import Testing

/// Three small named graphs, as a build writes N-Quads.
private let quads = """
    <http://example.org/a> <http://example.org/p> "1" <http://example.org/g1> .
    <http://example.org/b> <http://example.org/p> "2" <http://example.org/g2> .
    <http://example.org/c> <http://example.org/p> "3" <http://example.org/g3> .

    """

/// `load` and `sparql` against servers that want a login (a scripted one on 127.0.0.1: Basic, refusals,
/// row limits); Digest against a real Virtuoso is in VirtuosoTests.
@Suite struct AuthenticatedEndpointTests {
    /// A Graph Store that stores anything sent with the right Basic credentials, and challenges the rest.
    static func basicStore(user: String, password: String) throws -> ScriptedServer {
        let expected = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        return try ScriptedServer { request in
            request.headers["authorization"] == expected
                ? .init(status: 204)
                : .init(status: 401, headers: ["WWW-Authenticate": #"Basic realm="store""#, "Content-Type": "text/html"],
                        body: "<html><body><h1>Login needed</h1></body></html>")
        }
    }

    @Test func basicCredentialsFromAPasswordFileLoadEveryGraphAndAreSentAtOnceAfterTheFirst() throws {
        let folder = try TestFiles.scratchFolder()
        try quads.write(to: folder.appendingPathComponent("g.nq"), atomically: true, encoding: .utf8)
        try "pa:ss wörd\nignored second line\n".write(to: folder.appendingPathComponent("pw"), atomically: true, encoding: .utf8)
        let server = try Self.basicStore(user: "loader", password: "pa:ss wörd")
        defer { server.close() }
        let loaded = try Executable.run(["load", "g.nq", "--endpoint", server.url.absoluteString, "--user", "loader", "--password-file", "pw"], in: folder)
        #expect(loaded.status == 0, "\(loaded.standardError)")
        #expect(loaded.standardError.hasSuffix("3 of 3 graphs loaded (3 triples) into \(server.url.absoluteString)/store\n"))
        // One challenge, then every request carries the answer: 4 requests for 3 graphs.
        let requests = server.requests
        #expect(requests.count == 4)
        #expect(requests.first?.headers["authorization"] == nil)
        #expect(requests.dropFirst().allSatisfy { $0.headers["authorization"]?.hasPrefix("Basic ") == true })
        #expect(!(loaded.standardError + loaded.standardOutput).contains("pa:ss"))
    }

    @Test func netrcAndTheEnvironmentGiveThePassword() throws {
        let folder = try TestFiles.scratchFolder()
        try quads.write(to: folder.appendingPathComponent("g.nq"), atomically: true, encoding: .utf8)
        let server = try Self.basicStore(user: "netrc-user", password: "from-netrc")
        defer { server.close() }
        try "machine 127.0.0.1 login netrc-user password from-netrc\n".write(to: folder.appendingPathComponent(".netrc"), atomically: true, encoding: .utf8)
        let fromNetrc = try Executable.run(["load", "g.nq", "--endpoint", server.url.absoluteString, "--quiet"], in: folder,
                                           environment: ["HOME": folder.path])
        #expect(fromNetrc.status == 0, "\(fromNetrc.standardError)")
        let fromEnvironment = try Executable.run(["load", "g.nq", "--endpoint", server.url.absoluteString, "--quiet", "--user", "netrc-user"],
                                                 in: folder, environment: ["HOME": "/nonexistent", "COMMUNIQUE_PASSWORD": "from-netrc"])
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.standardError)")
        let none = try Executable.run(["load", "g.nq", "--endpoint", server.url.absoluteString, "--user", "netrc-user"], in: folder,
                                      environment: ["HOME": "/nonexistent"])
        #expect(none.status == 1)
        #expect(none.standardError == "communique: error: no password for user 'netrc-user': give --password-file FILE, COMMUNIQUE_PASSWORD or a ~/.netrc entry\n")
    }

    @Test(arguments: [#"Basic realm="store""#, #"Digest realm="store", nonce="abc", qop="auth""#])
    func aChallengeWithoutCredentialsIsOneLineAndStopsTheLoadAtTheFirstGraph(challenge: String) throws {
        let folder = try TestFiles.scratchFolder()
        try quads.write(to: folder.appendingPathComponent("g.nq"), atomically: true, encoding: .utf8)
        let server = try ScriptedServer { _ in .init(status: 401, headers: ["WWW-Authenticate": challenge]) }
        defer { server.close() }
        let loaded = try Executable.run(["load", "g.nq", "--endpoint", server.url.absoluteString, "--timeout", "5"], in: folder,
                                        environment: ["HOME": folder.path])
        #expect(loaded.status == 1)
        let scheme = challenge.hasPrefix("Basic") ? "Basic" : "Digest"
        let store = server.url.absoluteString + "/store"
        #expect(loaded.standardError == """
            communique: error: g.nq: <http://example.org/g1> not loaded: \(store)?graph=http%3A%2F%2Fexample.org%2Fg1 wants credentials \
            (HTTP \(scheme)) and none were given; log in with --user NAME and the password in --password-file FILE, COMMUNIQUE_PASSWORD or ~/.netrc
            communique: error: g.nq: the server refuses access; 2 not sent: <http://example.org/g2>, <http://example.org/g3>
            0 of 3 graphs loaded (0 triples) into \(store)

            """)
        #expect(server.requests.count == 1)
    }

    @Test func aForbiddenLoadStopsAtTheFirstGraphAndShowsTheServersPageAsText() throws {
        let folder = try TestFiles.scratchFolder()
        try quads.write(to: folder.appendingPathComponent("g.nq"), atomically: true, encoding: .utf8)
        try "secret-password-42\n".write(to: folder.appendingPathComponent("pw"), atomically: true, encoding: .utf8)
        let server = try ScriptedServer { _ in
            .init(status: 403, headers: ["Content-Type": "text/html"], body: "<!DOCTYPE html><html><body><h1>Forbidden</h1><p>No write access.</p></body></html>")
        }
        defer { server.close() }
        let loaded = try Executable.run(["load", "g.nq", "--endpoint", server.url.absoluteString, "--user", "u", "--password-file", "pw", "--json"], in: folder)
        #expect(loaded.status == 1)
        #expect(loaded.standardError.contains("HTTP 403 Forbidden: Forbidden No write access.\n"))
        #expect(!loaded.standardError.contains("<h1>") && !loaded.standardError.contains("html"))
        #expect(server.requests.count == 1)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(loaded.standardOutput.utf8)) as? [String: Any])
        #expect((summary["graphs"] as? [[String: Any]])?.map { $0["status"] as? String } == ["failed", "not sent", "not sent"])
        #expect(!(loaded.standardOutput + loaded.standardError).contains("secret-password-42"))
    }

    @Test func aPasswordInTheURLIsRefusedAndNeverPrinted() throws {
        let result = try Executable.run(["sparql", "--endpoint", "http://admin:hunter2@127.0.0.1:9/sparql", "ASK {}"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("communique: error: the endpoint http://***@127.0.0.1:9/sparql holds a user name or password"))
        #expect(!result.standardError.contains("hunter2"))
        #expect(!result.standardError.contains("admin"))
    }

    @Test func resultsCutAtTheServersRowLimitArePrintedReportedAndExitThree() throws {
        let json = #"{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "1"}}, {"n": {"type": "literal", "value": "2"}}]}}"#
        let server = try ScriptedServer { _ in
            .init(status: 200, headers: ["Content-Type": "application/sparql-results+json", "X-SPARQL-MaxRows": "2"], body: json)
        }
        defer { server.close() }
        let result = try Executable.run(["sparql", "--endpoint", server.url.absoluteString + "/sparql", "SELECT ?n WHERE { ?s ?p ?n }", "--format", "tsv"])
        #expect(result.status == 3)
        #expect(result.standardOutput == "?n\n\"1\"\n\"2\"\n")
        #expect(result.standardError == "communique: error: the server cut the results at its limit of 2 rows (X-SPARQL-MaxRows): 2 rows printed; page through the rest with ORDER BY, LIMIT and OFFSET\n")
    }
}

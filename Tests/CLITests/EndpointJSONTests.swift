import Foundation
import TestSupport
import Testing

/// `load --json` and `sparql --format json` against a real Oxigraph server, and graphs and queries read
/// from standard input.
@Suite struct EndpointJSONTests {
    @Test func loadAndSPARQLPrintJSONAndReadStandardInput() throws {
        let quads = """
            <http://example.org/a> <http://example.org/p> "x"@en <http://example.org/g1> .
            <http://example.org/b> <http://example.org/p> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g1> .
            <http://example.org/c> <http://example.org/p> <http://example.org/d> <http://example.org/g2> .

            """
        try OxigraphServer.with { server in
            let endpoint = server.url.absoluteString
            let loaded = try Executable.run(["load", "-", "--input-format", "nquads", "--endpoint", endpoint, "--json"], input: quads)
            #expect(loaded.status == 0, "\(loaded.standardError)")
            #expect(loaded.standardError == "")
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(loaded.standardOutput.utf8)) as? [String: Any])
            #expect(summary["endpoint"] as? String == endpoint + "/store")
            #expect(summary["loaded"] as? Int == 2)
            #expect(summary["failed"] as? Int == 0)
            let graphs = try #require(summary["graphs"] as? [[String: Any]])
            #expect(graphs.map { $0["graph"] as? String } == ["http://example.org/g1", "http://example.org/g2"])
            #expect(graphs.map { $0["statements"] as? Int } == [2, 1])
            #expect(graphs.map { $0["method"] as? String } == ["PUT", "PUT"])
            #expect(graphs.map { $0["status"] as? String } == ["loaded", "loaded"])

            let query = "SELECT ?s ?o WHERE { GRAPH <http://example.org/g1> { ?s ?p ?o } } ORDER BY ?s"
            let answer = try Executable.run(["sparql", "-", "--endpoint", endpoint, "--format", "json"], input: query)
            #expect(answer.status == 0, "\(answer.standardError)")
            let results = try #require(try JSONSerialization.jsonObject(with: Data(answer.standardOutput.utf8)) as? [String: Any])
            #expect((results["head"] as? [String: [String]])?["vars"] == ["s", "o"])
            let bindings = try #require((results["results"] as? [String: Any])?["bindings"] as? [[String: [String: String]]])
            #expect(bindings.count == 2)
            #expect(bindings[0]["s"] == ["type": "uri", "value": "http://example.org/a"])
            #expect(bindings[0]["o"] == ["type": "literal", "value": "x", "xml:lang": "en"])
            #expect(bindings[1]["o"] == ["type": "literal", "value": "7", "datatype": "http://www.w3.org/2001/XMLSchema#integer"])
        }
    }

    @Test func aLoadThatFailsSaysSoInItsJSON() throws {
        let port = try LocalPort.free()
        let loaded = try Executable.run(["load", "-", "--input-format", "ntriples", "--endpoint", "http://127.0.0.1:\(port)", "--json", "--timeout", "5"],
                                        input: "<http://example.org/a> <http://example.org/p> \"x\" .\n")
        #expect(loaded.status == 1)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(loaded.standardOutput.utf8)) as? [String: Any])
        #expect(summary["loaded"] as? Int == 0)
        #expect(summary["failed"] as? Int == 1)
        let graph = try #require((summary["graphs"] as? [[String: Any]])?.first)
        #expect(graph["graph"] == nil || graph["graph"] is NSNull)
        #expect(graph["method"] as? String == "POST")
        #expect(graph["status"] as? String == "failed")
        #expect((graph["error"] as? String)?.hasPrefix("cannot reach http://127.0.0.1:\(port)/store?default") == true)
    }
}

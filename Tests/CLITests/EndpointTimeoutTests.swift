import Foundation
import TestSupport
import Testing

private let graphFile = TestFiles.packageRoot.appendingPathComponent("Tests/RelationsTests/Resources/handwritten.ttl").path

/// `--timeout` bounds a whole request, and `load` gives up on an endpoint that fails graph after graph.
@Suite struct EndpointTimeoutTests {
    @Test func aServerThatTricklesIsCutAtTheTimeout() throws {
        let server = try TricklingServer()
        defer { server.close() }
        let started = Date()
        let result = try Executable.run(["sparql", "--endpoint", server.url.absoluteString, "--timeout", "2", "ASK {}"])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(result.standardError.contains("did not answer within 2 s"), "\(result.standardError)")
        #expect(seconds < 10, "took \(seconds) s")
    }

    @Test func loadStopsAfterFailuresInARowAndSaysWhatWasNotSent() throws {
        let folder = try TestFiles.scratchFolder()
        var quads = ""
        for i in 0..<6 { quads += "<https://example.org/s> <https://example.org/p> \"\(i)\" <https://example.org/g\(i)> .\n" }
        let file = folder.appendingPathComponent("six.nq").path
        try quads.write(toFile: file, atomically: true, encoding: .utf8)
        let silent = try LocalPort.Listener()
        defer { silent.close() }
        let started = Date()
        let result = try Executable.run(["load", file, "--endpoint", "http://127.0.0.1:\(silent.port)", "--timeout", "1", "--max-failures", "2"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("2 graphs in a row failed; 4 not sent"), "\(result.standardError)")
        #expect(result.standardError.contains("0 of 6 graphs loaded"))
        #expect(Date().timeIntervalSince(started) < 15)
    }
}

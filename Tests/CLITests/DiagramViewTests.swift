import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import Testing

private let fixtures = TestFiles.packageRoot.appendingPathComponent("Fixtures/press-releases").path

/// The graph of Fixtures/, built once per test process.
private let fixturesGraph: Result<String, any Error> = Result {
    let folder = try TestFiles.scratchFolder("diagram-views")
    let result = try Executable.run(["build", fixtures, "-o", "fixtures.ttl", "--quiet"], in: folder)
    guard result.status == 0 else { throw CocoaError(.fileWriteUnknown) }
    return folder.appendingPathComponent("fixtures.ttl").path
}

private func lines(_ dot: String, containing text: String) -> [String] {
    dot.split(separator: "\n").map(String.init).filter { $0.contains(text) }
}

/// `communique diagram --view`: the network, event and person views, and what keeps a drawing readable.
@Suite struct DiagramViewTests {
    @Test func theNetworkViewLinksBodiesByTheEventsTheyShare() throws {
        let result = try Executable.run(["diagram", try fixturesGraph.get(), "--view", "network", "--links-per-body", "0"])
        #expect(result.status == 0, "\(result.standardError)")
        let dot = result.standardOutput
        #expect(dot.hasPrefix("graph communique_network {"))
        #expect(dot.contains("10 bodies, 19 links, 5 events"))
        // UNODC and the SPMU organized or partnered two of the five conferences together.
        let unodc = try #require(lines(dot, containing: "United Nations Office on").first?.split(separator: " ").first)
        let spmu = try #require(lines(dot, containing: "Strategic Police Matters").first?.split(separator: " ").first)
        let pair = lines(dot, containing: " -- ").filter { $0.contains("\(unodc) ") && $0.contains("\(spmu) ") }
        #expect(pair.count == 1)
        #expect(pair.first?.contains("label=\"2\"") == true)
        #expect(lines(dot, containing: " -- ").count == 19)
        // A period keeps the events in it: 2008 had one conference, with six bodies.
        let year = try Executable.run(["diagram", try fixturesGraph.get(), "--view", "network", "--from", "2008-01-01", "--to", "2008-12-31"])
        #expect(year.standardOutput.contains("6 bodies, 14 links, 1 event; of their 15 links, the strongest of each body"))
        let top = try Executable.run(["diagram", try fixturesGraph.get(), "--view", "network", "--top", "3"])
        #expect(top.standardOutput.contains("3 bodies, ") && top.standardOutput.contains("the 3 best connected of 10 (--top)"))
    }

    @Test func theEventViewShowsPartiesSpeakersAndTheirRolesAtTheTime() throws {
        let result = try Executable.run(["diagram", try fixturesGraph.get(), "--view", "event", "event:conference-2008-07-17-vienna"])
        #expect(result.status == 0, "\(result.standardError)")
        let dot = result.standardOutput
        #expect(dot.hasPrefix("digraph communique_event {"))
        #expect(dot.contains("OSCE expert conference\\n2008-07-17 – 2008-07-18\\nVienna"))
        #expect(lines(dot, containing: "label=\"organized\"").count == 1)
        #expect(lines(dot, containing: "label=\"partner\"").count == 1)
        #expect(lines(dot, containing: "label=\"funded\"").count == 4)
        #expect(lines(dot, containing: "label=\"spoke\"").count == 1)
        #expect(lines(dot, containing: "label=\"Senior Police Adviser to the\\nSecretary General\"").count == 1)
        // The event stands out.
        #expect(lines(dot, containing: "peripheries=2").count == 1)
        let wrong = try Executable.run(["diagram", try fixturesGraph.get(), "--view", "event", "Kevin Carty"])
        #expect(wrong.status == 1)
        #expect(wrong.standardError == "communique: error: 'Kevin Carty' is a person, not an event\n")
    }

    @Test func thePersonViewListsRolesAndEventsInDateOrder() throws {
        let result = try Executable.run(["diagram", try fixturesGraph.get(), "--view", "person", "Kevin Carty"])
        #expect(result.status == 0, "\(result.standardError)")
        let edges = lines(result.standardOutput, containing: " -> ")
        #expect(edges.count == 2)
        #expect(edges[0].contains("28 June 2007, 17 July 2008\\nper 000_a2b1aa99ee0d7576.txt, 004_1fb3358ce909623b.txt"))
        #expect(edges[1].contains("spoke at\\n17 July 2008"))
        let missing = try Executable.run(["diagram", try fixturesGraph.get(), "--view", "person"])
        #expect(missing.status == 2)
    }

    @Test func maxNodesKeepsTheBestConnectedAndSaysSo() throws {
        let result = try Executable.run(["diagram", try fixturesGraph.get(), "--max-nodes", "12", "--no-legend"])
        #expect(result.status == 0)
        let dot = result.standardOutput
        #expect(dot.contains("12 of "))
        #expect(dot.contains("entities drawn, the best connected (--max-nodes)"))
        #expect(lines(dot, containing: "[label=").filter { !$0.contains(" -> ") }.count == 12)
        #expect(!dot.contains("legend"))
    }

    @Test func clustersCarryTheirParentsNameAndTheFocusStandsOut() throws {
        let result = try Executable.run(["diagram", try fixturesGraph.get(), "--focus", "organization:spmu", "--hops", "1"])
        let dot = result.standardOutput
        #expect(lines(dot, containing: "subgraph cluster_").count >= 1)
        #expect(dot.contains("label=\"OSCE Secretariat\"; labeljust=l"))
        #expect(lines(dot, containing: "peripheries=2").count == 1)
        #expect(lines(dot, containing: "peripheries=2").first?.contains("Strategic Police") == true)
    }

    @Test func theNetworkRendersToWellFormedSVG() throws {
        let folder = try TestFiles.scratchFolder()
        let result = try Executable.run(["diagram", try fixturesGraph.get(), "--view", "network", "-o", "network.svg"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let parser = XMLParser(data: try Data(contentsOf: folder.appendingPathComponent("network.svg")))
        #expect(parser.parse(), "the SVG is not well-formed XML")
    }

    @Test func aDiagramReadsItsGraphFromStandardInputWithTheSyntaxNamed() throws {
        let text = try String(contentsOfFile: try fixturesGraph.get(), encoding: .utf8)
        let result = try Executable.run(["diagram", "-", "--input-format", "turtle", "--view", "network"], input: text)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("10 bodies, "))
        let unnamed = try Executable.run(["diagram", "-"], input: text)
        #expect(unnamed.status == 2)
    }
}

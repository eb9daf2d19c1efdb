import Foundation
import TestSupport
import Testing

private let root = TestFiles.packageRoot
private let fixtures = root.appendingPathComponent("Fixtures/press-releases").path
private let handwritten = root.appendingPathComponent("Tests/RelationsTests/Resources/handwritten.ttl").path

/// `communique diagram`: the DOT of Examples/diagrams/ is reproduced, rendering goes through Graphviz.
@Suite struct DiagramCommandTests {
    /// The same diagrams as Scripts/render-examples.sh, with the same arguments.
    @Test func reproducesTheExampleDiagrams() throws {
        let folder = try TestFiles.scratchFolder()
        #expect(try Executable.run(["build", fixtures, "-o", "graph.ttl", "--quiet"], in: folder).status == 0)
        let diagrams: [(String, [String])] = [
            ("fixtures.dot", ["--title", "Communiqué: the graph of Fixtures/"]),
            ("conference-2008.dot", ["--focus", "event:conference-2008-07-17-vienna", "--hops", "2",
                                     "--title", "OSCE expert conference, Vienna, 17-18 July 2008, and what is two links away"]),
            ("event-2008.dot", ["--view", "event", "event:conference-2008-07-17-vienna"]),
            ("person-kevin-carty.dot", ["--view", "person", "person:kevin-carty"]),
        ]
        for (name, arguments) in diagrams {
            let result = try Executable.run(["diagram", "graph.ttl"] + arguments + ["-o", name], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            let drawn = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let expected = try String(contentsOf: root.appendingPathComponent("Examples/diagrams/" + name), encoding: .utf8)
            #expect(drawn == expected, "\(name) differs from Examples/diagrams; run Scripts/render-examples.sh and review the diff")
        }
    }

    @Test func dotOnStandardOutputFoldsRolesAndLiterals() throws {
        let result = try Executable.run(["diagram", handwritten])
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let dot = result.standardOutput
        #expect(dot.hasPrefix("digraph communique {"))
        // The membership is an edge labelled with the role, from the person to the organization.
        #expect(dot.contains("[label=\"Chair\", color=\"#1f5fa8\""))
        #expect(!dot.contains("Membership"))
        // The organization sits in the cluster of its parent body; no part-of edge is drawn.
        #expect(dot.contains("subgraph cluster_"))
        #expect(!dot.contains("label=\"part of\""))
        // Entities without a drawn link (Cara, Carl) are left out.
        #expect(!dot.contains("Cara Ng"))
        #expect(try Executable.run(["diagram", handwritten]).standardOutput == dot)
    }

    @Test func rendersSVGWithGraphviz() throws {
        let folder = try TestFiles.scratchFolder()
        let result = try Executable.run(["diagram", handwritten, "-o", "small.svg"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let svg = try String(contentsOf: folder.appendingPathComponent("small.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Northern Border Council"))
        try TestFiles.keep(folder.appendingPathComponent("small.svg"), as: "cli/handwritten.svg")
    }

    @Test func withoutGraphvizTheErrorNamesThePackageAndNoFileIsLeft() throws {
        let folder = try TestFiles.scratchFolder()
        let result = try Executable.run(["diagram", handwritten, "-o", "small.png"], in: folder, environment: ["PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.standardError == "communique: error: Graphviz's 'dot' was not found on PATH: install the Debian package 'graphviz' (apt-get install graphviz), or write a .dot file\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anUnknownOutputExtensionIsAUsageError() throws {
        let result = try Executable.run(["diagram", handwritten, "-o", "small.jpeg"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("cannot tell the format of 'small.jpeg'"))
    }
}

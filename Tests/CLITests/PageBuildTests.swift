import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

private let pages = TestFiles.packageRoot.appendingPathComponent("Fixtures/pages")

/// `communique build` on HTML pages: a folder of them, and bad pages reported while the rest is built.
@Suite struct PageBuildTests {
    @Test func theHandWrittenPagesBuildWithTheirHeadlinesAndDates() throws {
        let folder = try TestFiles.scratchFolder()
        let result = try Executable.run(["build", pages.path, "-o", "pages.ttl"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.hasPrefix("4 documents, "))
        try TestFiles.keep(folder.appendingPathComponent("pages.ttl"), as: "cli/pages.ttl")
        let graph = try Graph(contentsOfFile: folder.appendingPathComponent("pages.ttl").path)
        let documents = graph.instances(of: Vocabulary.schema("NewsArticle"))
        let dates = documents.flatMap { graph.objects(of: $0, Vocabulary.schema("datePublished")) }.compactMap(\.literal?.lexicalForm).sorted()
        #expect(dates == ["2017-09-21", "2018-11-14", "2019-05-02", "2020-03-09"])
        let formats = Set(documents.flatMap { graph.objects(of: $0, Vocabulary.schema("encodingFormat")) })
        #expect(formats == [.literal(Literal("text/html"))])
        let headlines = documents.flatMap { graph.objects(of: $0, Vocabulary.schema("headline")) }.compactMap(\.literal?.lexicalForm)
        #expect(headlines.allSatisfy { !$0.contains("<") && !$0.contains("|") })
        let people = graph.instances(of: Vocabulary.schema("Person")).flatMap { graph.objects(of: $0, Vocabulary.schema("name")) }
        #expect(people.contains(.literal(Literal("René Dupré"))))
    }

    @Test func badPagesAreOneLineEachAndTheRestIsBuilt() throws {
        let folder = try TestFiles.scratchFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: pages.appendingPathComponent("malformed.html"), to: input.appendingPathComponent("good.html"))
        try "Only text, no markup.\n".write(to: input.appendingPathComponent("plain.html"), atomically: true, encoding: .utf8)
        try "<html><body><nav><a href='/'>Home</a></nav></body></html>".write(to: input.appendingPathComponent("menu.htm"), atomically: true, encoding: .utf8)
        try "<html><head><meta charset='x-no-such-charset'></head><body><h1>A</h1><p>B</p></body></html>"
            .write(to: input.appendingPathComponent("charset.html"), atomically: true, encoding: .utf8)
        let result = try Executable.run(["build", "in", "-o", "out.nt"], in: folder)
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.contains { $0.hasPrefix("communique: error: in/charset.html: cannot decode the page: ") })
        #expect(lines.contains("communique: error: in/menu.htm: no article found in the page: no <h1> or <title> gives a headline"))
        #expect(lines.contains("communique: error: in/plain.html: no HTML in it (a page has <html> or <body>); name a text release .txt"))
        #expect(lines.last?.hasPrefix("1 documents, ") == true)
        let written = try String(contentsOf: folder.appendingPathComponent("out.nt"), encoding: .utf8)
        #expect(written.contains("<https://w3id.org/communique/id/document/release-good>"))
    }
}

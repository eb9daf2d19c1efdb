import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import Testing

/// Control characters in graph data never reach a terminal raw, never split a row, never break an SVG.
@Suite struct ControlCharacterTests {
    func graph(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("control.ttl").path
        try #"""
            @prefix schema: <http://schema.org/> .
            <https://example.org/p1> a schema:Person ; schema:name "Evil\u001B]0;title\u0007 Name" .
            <https://example.org/p2> a schema:Person ; schema:name "Line\nBreak\u0001\u009B" ; schema:knows <https://example.org/p1> .
            """#.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [["list"], ["find", "Line"], ["relations", "https://example.org/p2"], ["path", "https://example.org/p2", "https://example.org/p1"]])
    func tablesAndTSVEscapeControlCharacters(command: [String]) throws {
        let folder = try TestFiles.scratchFolder()
        let file = try graph(in: folder)
        for format in ["table", "tsv"] {
            let result = try Executable.run([command[0], file] + command.dropFirst() + ["--format", format])
            #expect(result.status == 0, "\(result.standardError)")
            let raw = result.standardOutput.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || (0x7F...0x9F).contains($0.value) }
            #expect(raw.isEmpty, "\(command) \(format): \(result.standardOutput)")
            #expect(result.standardOutput.contains("\\u{1B}") || result.standardOutput.contains("Line\\nBreak"))
        }
        let listed = try Executable.run(["list", file, "--format", "tsv"])
        #expect(listed.status == 0, "\(listed.standardError)")
        #expect(listed.standardOutput.split(separator: "\n").count == 3, "\(listed.standardOutput)")
    }

    @Test func anSVGOfControlCharactersIsWellFormed() throws {
        let folder = try TestFiles.scratchFolder()
        let file = try graph(in: folder)
        let svg = folder.appendingPathComponent("control.svg")
        let result = try Executable.run(["diagram", file, "-o", svg.path])
        #expect(result.status == 0, "\(result.standardError)")
        let parser = XMLParser(contentsOf: svg)
        #expect(parser?.parse() == true, "\(parser?.parserError.map { "\($0)" } ?? "")")
    }
}

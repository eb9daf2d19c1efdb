// One libFuzzer binary, five targets, chosen by COMMUNIQUE_FUZZ_TARGET:
//   reader      ReleaseFileReader.parse of the bytes as text (every page shape, datelines, headlines)
//   extractor   the whole extraction of the bytes as a release
//   parser      Raptor's Turtle and N-Triples parsers through Graph(parsing:syntax:)
//   page        libxml2's HTML parser and the article reader of HTMLReading, on the bytes as a page
//   turtle      the bytes parsed as Turtle, then written by TurtleBlockWriter and by Raptor's Turtle
//               serializer: the two must give the same bytes (a difference is a finding too)
// A crash, a sanitizer report or a leak is a finding; a thrown error is an answer.
import CommuniqueKit
import Foundation
import HTMLReading
import RaptorRDF
import RDFModel

enum Target: String { case reader, extractor, parser, page, turtle }

let target = Target(rawValue: ProcessInfo.processInfo.environment["COMMUNIQUE_FUZZ_TARGET"] ?? "") ?? .reader
nonisolated(unsafe) let extractor: Extractor? = {
    guard target == .extractor else { return nil }
    guard let folder = Knowledge.locateFolder(), let knowledge = try? Knowledge(folder: folder) else {
        fatalError("communique-fuzz: set COMMUNIQUE_ONTOLOGY to the Ontology/ folder")
    }
    return Extractor(knowledge: knowledge)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case .reader:
        guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
        _ = ReleaseFileReader().parse(text, fileName: "fuzz.txt")
    case .extractor:
        guard let text = String(validating: bytes, as: UTF8.self), let extractor else { return 0 }
        _ = extractor.extract(ReleaseFileReader().parse(text, fileName: "fuzz.txt"))
    case .parser:
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? Graph(parsing: text, syntax: .turtle)
        _ = try? Graph(parsing: text, syntax: .nTriples)
    case .page:
        _ = try? HTMLDocument(data: Data(bytes)).article()
    case .turtle:
        guard let graph = try? Graph(parsing: String(decoding: bytes, as: UTF8.self), syntax: .turtle) else { return 0 }
        compareTurtleWriters(on: graph)
    }
    return 0
}

/// Stops with a report when the block writer's Turtle of a graph differs from Raptor's serializer's.
func compareTurtleWriters(on graph: Graph) {
    let prefixes = [Namespace(prefix: "ex", iri: "http://example.org/"), Namespace(prefix: "xsd", iri: Vocabulary.xsd.iri)]
    guard let whole = try? graph.serialized(as: .turtle, prefixes: prefixes),
          let header = try? Graph().serialized(as: .turtle, prefixes: prefixes),
          let writer = try? TurtleBlockWriter(prefixes: prefixes) else { return }
    let numbered = graph.numberedStatements(withGraphs: false)
    guard let block = try? writer.block(of: numbered, numbered.statements.indices) else { return }
    let ours = header + String(decoding: block, as: UTF8.self)
    if ours != whole { fatalError("TurtleBlockWriter wrote\n\(ours)\nRaptor's serializer wrote\n\(whole)") }
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// The entry point SwiftPM names for this executable; libFuzzer's driver takes over from it.
@_cdecl("communique_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzOne)
}

// One libFuzzer binary, four targets, chosen by COMMUNIQUE_FUZZ_TARGET:
//   reader      ReleaseFileReader.parse of the bytes as text (every page shape, datelines, headlines)
//   extractor   the whole extraction of the bytes as a release
//   parser      Raptor's Turtle and N-Triples parsers through Graph(parsing:syntax:)
//   page        libxml2's HTML parser and the article reader of HTMLReading, on the bytes as a page
// A crash, a sanitizer report or a leak is a finding; a thrown error is an answer.
import CommuniqueKit
import Foundation
import HTMLReading
import RaptorRDF
import RDFModel

enum Target: String { case reader, extractor, parser, page }

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
    }
    return 0
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

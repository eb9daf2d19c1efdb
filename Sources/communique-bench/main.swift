// The parts of a build timed one at a time, in release mode, for Scripts/benchmark.sh:
//   communique-bench extract <folder> [--ontology DIR]   reading + extraction alone, on one thread
//   communique-bench write <file.nt>                      writing N-Triples and Turtle through Raptor
// Each prints one line of JSON. CPU seconds come from getrusage, so they count this process only.
import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("communique-bench: \(message)\n".utf8))
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first, arguments.count >= 2 else {
    fail("usage: communique-bench extract <folder> | write <file.nt>")
}

switch command {
case "extract":
    let ontology = arguments.firstIndex(of: "--ontology").map { arguments[$0 + 1] }
    guard let folder = Knowledge.locateFolder(named: ontology) else { fail("cannot find Ontology/") }
    let extractor = Extractor(knowledge: try Knowledge(folder: folder))
    let (files, _) = InputCollector().collect([arguments[1]])
    // Read every file first: extraction alone is timed.
    let reader = ReleaseFileReader()
    var releases: [PressRelease] = []
    var bytes = 0
    for file in files {
        guard let release = try? reader.read(file) else { continue }
        bytes += release.body.utf8.count + release.headline.utf8.count
        releases.append(release)
    }
    let cpu0 = cpuSeconds(), wall0 = Date()
    var entities = 0
    for release in releases { entities += extractor.extract(release).entities.count }
    let cpu = cpuSeconds() - cpu0, wall = Date().timeIntervalSince(wall0)
    print("{\"documents\": \(releases.count), \"bytes\": \(bytes), \"entities\": \(entities), \"cpu_s\": \(cpu), \"wall_s\": \(wall)}")
case "write":
    let graph = try Graph(contentsOfFile: arguments[1], syntax: .nTriples)
    var results: [String] = []
    for (name, syntax) in [("ntriples", RDFSyntax.nTriples), ("turtle", RDFSyntax.turtle)] {
        let target = NSTemporaryDirectory() + "communique-bench-\(getpid()).\(name)"
        let cpu0 = cpuSeconds(), wall0 = Date()
        try graph.write(as: syntax, toFile: target)
        let cpu = cpuSeconds() - cpu0, wall = Date().timeIntervalSince(wall0)
        unlink(target)
        results.append("\"\(name)_cpu_s\": \(cpu), \"\(name)_wall_s\": \(wall)")
    }
    print("{\"triples\": \(graph.count), " + results.joined(separator: ", ") + "}")
default:
    fail("unknown command '\(command)'")
}

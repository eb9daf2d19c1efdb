import ArgumentParser
import CommuniqueKit
import Foundation
import RaptorRDF

/// `communique build`: reads press releases and writes their knowledge graph.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the graph of press-release files and folders (folders: every .txt file inside).",
        discussion: """
            An input that cannot be read is reported on standard error and skipped; the others are still \
            built and written, and the exit status is 1. The output file is written whole or not at all.
            """
    )

    @Argument(help: ArgumentHelp("Press-release text files, or folders of them.", valueName: "file-or-folder"))
    var inputs: [String]

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The folder of world knowledge (states, organizations, chairmanships, role words).", valueName: "folder"))
    var ontology: String?

    @Flag(name: .shortAndLong, help: "Print nothing on standard error but errors (no progress, no summary).")
    var quiet = false

    @Option(help: "Threads that read and extract releases (the output is the same whatever the number).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("The largest release file read, in bytes; a larger one is reported and skipped.", valueName: "bytes"))
    var maxDocumentSize = ReleaseFileReader.defaultMaxDocumentSize

    /// An output that is also one of the inputs would destroy it: a usage error.
    private func refuseOverwritingAnInput(_ path: String) throws {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        let (files, _) = InputCollector().collect(inputs)
        for file in files where URL(fileURLWithPath: file).resolvingSymlinksInPath().standardizedFileURL.path == target {
            throw ValidationError("the output \(path) is also an input (\(file)): name another output file")
        }
    }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxDocumentSize >= 1 else { throw ValidationError("--max-document-size must be at least 1 byte") }
    }

    func run() throws {
        OutputFile.removeOnSignals()
        let scheme = try IdentifierScheme(base: output.base)
        if let path = output.output { try refuseOverwritingAnInput(path) }
        guard let folder = Knowledge.locateFolder(named: ontology) else {
            throw ValidationError("cannot find the Ontology/ folder: name it with --ontology or COMMUNIQUE_ONTOLOGY")
        }
        let builder = DocumentGraphBuilder(scheme: scheme, extractor: Extractor(knowledge: try Knowledge(folder: folder)))
        var corpus = CorpusBuilder(builder: builder)
        corpus.jobs = jobs
        corpus.reader = ReleaseFileReader(maxDocumentSize: maxDocumentSize)
        let meter = quiet ? nil : ProgressMeter()
        let target = output.output ?? "standard output"
        let errors: [InputError]
        if output.syntax == .turtle {
            // Turtle groups statements by subject: the graph is built in memory first.
            let result = corpus.build(inputs, progress: meter?.update)
            meter?.finish()
            errors = result.errors
            for error in errors { Diagnostics.print(error.localizedDescription) }
            guard !result.releases.isEmpty else {
                Diagnostics.print("error: no press release could be read; nothing written")
                throw ExitCode.failure
            }
            if let path = output.output {
                try result.graph.write(as: output.syntax, prefixes: builder.prefixes, toFile: path)
            } else {
                try result.graph.writeToStandardOutput(as: output.syntax, prefixes: builder.prefixes)
            }
            if !quiet { Diagnostics.print("\(result.releases.count) documents, \(result.graph.count) triples → \(target)") }
        } else {
            // N-Triples and N-Quads are written as the documents are extracted.
            let result = try corpus.stream(inputs, as: output.syntax, prefixes: builder.prefixes, toFile: output.output, progress: meter?.update)
            meter?.finish()
            errors = result.errors
            for error in errors { Diagnostics.print(error.localizedDescription) }
            guard result.documents > 0 else {
                Diagnostics.print("error: no press release could be read; nothing written")
                throw ExitCode.failure
            }
            let unit = output.syntax == .nQuads ? "quads" : "triples"
            if !quiet { Diagnostics.print("\(result.documents) documents, \(result.statements) \(unit) → \(target)") }
        }
        if !errors.isEmpty { throw ExitCode.failure }
    }
}

import ArgumentParser
import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel

/// `communique build`: reads press releases and writes their knowledge graph.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the graph of press-release files and folders (folders: every .txt file inside).",
        discussion: """
            A document is named by its file's path inside the folder given (or by its file name when the file \
            is given), so a release rebuilt keeps its IRI; two inputs that would share one stop the build before \
            anything is written. An input that cannot be read is reported on standard error and skipped; the \
            others are still built and written, and the exit status is 1. The output file is written whole or \
            not at all.
            """
    )

    @Argument(help: ArgumentHelp("Press-release text files, or folders of them; - reads one release from standard input.",
                                 valueName: "file-or-folder"), completion: .file())
    var inputs: [String]

    @Option(help: ArgumentHelp("The file name the release read from standard input (-) stands for.", valueName: "name"))
    var name = InputCollector().standardInputName

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The folder of world knowledge (states, organizations, chairmanships, role words).", valueName: "folder"),
            completion: .directory)
    var ontology: String?

    @Flag(name: .shortAndLong, help: "Print nothing on standard error but errors (no progress, no summary).")
    var quiet = false

    @Flag(help: "Print a JSON summary on standard output: each document, the statements written, each error.")
    var json = false

    @Option(name: .shortAndLong, help: "Threads that read and extract releases (the output is the same whatever the number).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("The largest release file read, in bytes; a larger one is reported and skipped.", valueName: "bytes"))
    var maxDocumentSize = ReleaseFileReader.defaultMaxDocumentSize

    @Option(help: ArgumentHelp("What is said of where facts come from: full (documents, NIF phrases, reified statements with their "
                               + "rules), statements (each event and membership derived from its document) or none (facts only).",
                               valueName: "level"))
    var provenance: ProvenanceLevel = .full

    @Option(help: ArgumentHelp("Build only part K of N of the inputs (by their names; the N parts together hold the whole graph).",
                               valueName: "K/N"))
    var shard: String?

    /// An output that is also one of the inputs (of any part of a sharded build) would destroy it: a usage
    /// error. The same file is told by its device and inode, whatever links or paths lead to it; an output
    /// that does not exist yet is none of the inputs.
    private func refuseOverwritingAnInput(_ path: String, _ files: [InputFile]) throws {
        var target = stat()
        guard stat(path, &target) == 0 else { return }
        for file in files where !file.isStandardInput {
            var info = stat()
            if stat(file.path, &info) == 0, info.st_dev == target.st_dev, info.st_ino == target.st_ino {
                throw ValidationError("the output \(path) is also an input (\(file.path)): name another output file")
            }
        }
    }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxDocumentSize >= 1 else { throw ValidationError("--max-document-size must be at least 1 byte") }
        guard !name.isEmpty, !name.hasPrefix("/") else { throw ValidationError("--name must be a relative file name, such as release.txt") }
        if json && output.output == nil { throw ValidationError("--json prints on standard output: write the graph to a file with -o") }
        if let shard, Shard(parsing: shard) == nil { throw ValidationError("--shard is K/N with 1 ≤ K ≤ N, such as 2/8, not '\(shard)'") }
    }

    func run() throws {
        OutputFile.removeOnSignals()
        let scheme = try IdentifierScheme(base: output.base)
        var builder = DocumentGraphBuilder(scheme: scheme, extractor: Extractor(knowledge: try KnowledgeLocation.load(ontology)))
        builder.provenance = provenance
        var corpus = CorpusBuilder(builder: builder)
        corpus.jobs = jobs
        corpus.reader = ReleaseFileReader(maxDocumentSize: maxDocumentSize)
        corpus.collector.standardInputName = name
        corpus.shard = shard.flatMap(Shard.init(parsing:))
        // The inputs are listed once, for the check and the build.
        let every = try corpus.inputs(of: inputs)
        if let path = output.output { try refuseOverwritingAnInput(path, every.files) }
        let planned = corpus.part(of: every)
        // A part of a sharded build may hold no document: its output is an empty graph, and that is no error.
        if let part = corpus.shard, planned.files.isEmpty, planned.errors.isEmpty {
            if let path = output.output { try Graph().write(as: output.syntax, prefixes: builder.prefixes, toFile: path) }
            if !quiet { Diagnostics.print("0 documents in part \(part.index) of \(part.count) → \(output.output ?? "standard output")") }
            return
        }
        let meter = quiet || json ? nil : ProgressMeter()
        // Every syntax is written as the documents are extracted: Turtle batch by batch, each batch grouped
        // by subject, the prefixes once at the top.
        let result = try corpus.stream(planned: planned, as: output.syntax, prefixes: builder.prefixes, toFile: output.output, progress: meter?.update)
        meter?.finish()
        let summary = BuildSummary(output: output.output, syntax: output.syntax, documents: result.documents,
                                   statements: result.statements, errors: result.errors)
        try report(summary)
        if !quiet && !json { Diagnostics.print(summary.line) }
        if json { print(try summary.encoded()) }
        if !summary.errors.isEmpty { throw ExitCode.failure }
    }

    /// Prints each input error; with no document read, fails (nothing has been written).
    private func report(_ summary: BuildSummary) throws {
        for error in summary.inputErrors { Diagnostics.error(error.localizedDescription) }
        guard !summary.documents.isEmpty else {
            if json { print(try summary.encoded()) }
            throw CommandFailure(message: "no press release could be read; nothing written")
        }
    }
}

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

    @Flag(name: .shortAndLong, help: "Print nothing on standard error but errors.")
    var quiet = false

    func run() throws {
        let scheme = try IdentifierScheme(base: output.base)
        guard let folder = Knowledge.locateFolder(named: ontology) else {
            throw ValidationError("cannot find the Ontology/ folder: name it with --ontology or COMMUNIQUE_ONTOLOGY")
        }
        let builder = GraphBuilder(scheme: scheme, extractor: Extractor(knowledge: try Knowledge(folder: folder)))
        let result = CorpusBuilder(builder: builder).build(inputs)
        for error in result.errors { Diagnostics.print(error.localizedDescription) }
        guard !result.releases.isEmpty else {
            Diagnostics.print("error: no press release could be read; nothing written")
            throw ExitCode.failure
        }
        if let path = output.output {
            try result.graph.write(as: output.syntax, prefixes: builder.prefixes, toFile: path)
        } else {
            try result.graph.writeToStandardOutput(as: output.syntax, prefixes: builder.prefixes)
        }
        if !quiet {
            let target = output.output ?? "standard output"
            Diagnostics.print("\(result.releases.count) documents, \(result.graph.count) triples → \(target)")
        }
        if !result.errors.isEmpty { throw ExitCode.failure }
    }
}

import ArgumentParser
import CommuniqueKit
import RaptorRDF

/// Where and how a command writes its graph.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; standard output when not given.", valueName: "file"), completion: .file(extensions: ["ttl", "nt", "nq"]))
    var output: String?

    @Option(help: "The RDF syntax: turtle, ntriples or nquads (by default from the output file's extension, else turtle).")
    var format: OutputFormat?

    @Option(help: ArgumentHelp("The base of the IRIs minted for documents and entities.", valueName: "IRI"))
    var base: String = IdentifierScheme.defaultBase

    /// The syntax to write: the one asked for, else the output file's, else Turtle.
    var syntax: RDFSyntax {
        if let format { return format.syntax }
        if let output, let syntax = RDFSyntax(fileName: output), syntax != .rdfXML { return syntax }
        return .turtle
    }

    /// The extensions that name a syntax the tool writes.
    static let writtenExtensions = ["ttl", "nt", "nq"]

    func validate() throws {
        if format == nil, let output, let dot = output.lastIndex(of: "."), !output[dot...].contains("/") {
            let ext = output[output.index(after: dot)...].lowercased()
            guard OutputOptions.writtenExtensions.contains(ext) else {
                throw ValidationError("cannot tell which RDF syntax to write to \(output): name a .ttl, .nt or .nq file, "
                    + "or give --format turtle, ntriples or nquads")
            }
        }
        do {
            _ = try IdentifierScheme(base: base)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

/// The syntaxes the tool writes.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case turtle, ntriples, nquads

    var syntax: RDFSyntax {
        switch self {
        case .turtle: .turtle
        case .ntriples: .nTriples
        case .nquads: .nQuads
        }
    }
}

import ArgumentParser
import RaptorRDF
import RDFModel

/// How a graph file a command reads is parsed: by its extension, or the syntax named.
struct GraphInputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The graph's RDF syntax: turtle, ntriples, nquads or rdfxml (needed for - , standard input; "
                               + "else it overrides the file's extension).", valueName: "syntax"))
    var inputFormat: InputFormat?

    /// Parses the file, or standard input for `-`.
    func read(_ path: String) throws -> Graph {
        try Graph(contentsOfFile: path, syntax: inputFormat?.syntax)
    }

    func validate(path: String) throws {
        if path == "-" && inputFormat == nil {
            throw ValidationError("reading a graph from standard input (-) needs --input-format turtle, ntriples, nquads or rdfxml")
        }
    }
}

/// The syntaxes the tool reads.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case turtle, ntriples, nquads, rdfxml

    var syntax: RDFSyntax {
        switch self {
        case .turtle: .turtle
        case .ntriples: .nTriples
        case .nquads: .nQuads
        case .rdfxml: .rdfXML
        }
    }
}

public import ArgumentParser
import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel
public import Relations

/// The graph file a question is asked of, and how the answer is printed.
struct GraphOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A graph file: Turtle (.ttl), N-Triples (.nt), N-Quads (.nq) or RDF/XML (.rdf); - reads standard input.",
                                 valueName: "graph"), completion: .file(extensions: ["ttl", "nt", "nq", "rdf", "owl"]))
    var graph: String

    @OptionGroup var input: GraphInputOptions

    @Option(help: "How to print: table, tsv or json (table on a terminal, else tsv).")
    var format: ReportFormat?

    /// The format asked for, else a table on a terminal and TSV into a pipe or file.
    var reportFormat: ReportFormat {
        format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .tsv)
    }

    func validate() throws {
        try input.validate(path: graph)
    }

    /// Parses the graph and indexes it, with the project's prefixes for short IRIs.
    func loadIndex() throws -> EntityIndex {
        let parsed = try input.read(graph)
        return EntityIndex(graph: parsed, prefixes: CommuniquePrefixes.all)
    }
}

/// The prefixes for short IRIs in answers: the project's namespaces, its ontology and the standard ones.
enum CommuniquePrefixes {
    static let all: [Namespace] = {
        let scheme = try? IdentifierScheme()
        return (scheme?.namespaces ?? []) + [Terms.communique, Terms.itsrdf, Terms.eventType, Terms.geonames] + Vocabulary.standard
    }()
}

/// The ways an answer is printed.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, tsv, json
}

/// The kinds of entity a user can ask for with `--type`.
extension EntityKind: ExpressibleByArgument {}

/// `--type`: the kinds of entity a command keeps.
struct KindOptions: ParsableArguments {
    @Option(name: .customLong("type"), help: ArgumentHelp(
        "Only entities of this kind (repeatable): \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kinds: [EntityKind] = []
}

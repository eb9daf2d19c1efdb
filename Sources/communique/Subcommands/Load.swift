import ArgumentParser
import EndpointClient
import Foundation
import RaptorRDF
import RDFModel

/// `communique load`: sends a graph file to a SPARQL server with the Graph Store HTTP Protocol.
struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load a graph file into a SPARQL server with the SPARQL 1.1 Graph Store HTTP Protocol.",
        discussion: """
            With N-Quads, each named graph (one per press release) replaces the graph of that name (PUT), so \
            loading a re-built document replaces its statements. Statements outside named graphs replace \
            --graph when it is given (PUT), else are added to the default graph (POST). Each graph is reported \
            on standard error once the server has stored it; a failure is reported with the server's status and \
            message, the other graphs are still sent, and the exit status is 1.
            """
    )

    @Argument(help: ArgumentHelp("A graph file: Turtle, N-Triples, N-Quads or RDF/XML; - reads standard input.", valueName: "graph-file"),
              completion: .file(extensions: ["ttl", "nt", "nq", "rdf", "owl"]))
    var file: String

    @OptionGroup var input: GraphInputOptions

    @OptionGroup var server: EndpointOptions

    @Option(name: .customLong("graph"), help: ArgumentHelp("The graph to replace with the statements that are in no named graph.", valueName: "IRI"))
    var graphName: String?

    @Flag(name: .shortAndLong, help: "Print nothing on standard error but errors.")
    var quiet = false

    @Flag(help: "Print a JSON summary on standard output: each graph with its statements and status.")
    var json = false

    @Option(help: "Stop after this many graphs in a row fail to load: the endpoint is taken for down.")
    var maxFailures = 3

    func validate() throws {
        try input.validate(path: file)
        guard maxFailures >= 1 else { throw ValidationError("--max-failures must be at least 1") }
        // A relative or empty graph name would be resolved against the server's own address.
        if let graphName, !Load.isAbsoluteIRI(graphName) {
            throw ValidationError("--graph must be an absolute IRI, such as https://example.org/graph/1, not '\(graphName)'")
        }
    }

    /// An IRI with a scheme and something after it, and none of the characters IRIs never hold.
    static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex,
              text.first!.isLetter, text[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return false }
        return !text.contains { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" || $0.isNewline }
    }

    func run() throws {
        let url = try server.url(defaultPath: "store")
        let parsed = try input.read(file)
        let store = GraphStore(url: url, transport: try server.transport())
        let (outcomes, notSent) = try store.load(parsed, into: graphName.map(IRI.init), maxFailures: maxFailures)
        var failed = 0, loaded = 0
        for outcome in outcomes {
            if let error = outcome.error {
                failed += 1
                Diagnostics.error("\(file): \(outcome.target) not loaded: \(error.messageWithAdvice)")
            } else {
                loaded += outcome.triples
                if !quiet && !json {
                    let verb = outcome.method == .put ? "replaced" : "added to"
                    Diagnostics.print("\(verb) \(outcome.target): \(outcome.triples) triples")
                }
            }
        }
        if !notSent.isEmpty {
            let names = notSent.prefix(5).map(\.description).joined(separator: ", ") + (notSent.count > 5 ? ", …" : "")
            let why = outcomes.last?.error?.deniesAccess == true ? "the server refuses access" : "\(maxFailures) graphs in a row failed"
            Diagnostics.error("\(file): \(why); \(notSent.count) not sent: " + names)
            failed += notSent.count
        }
        let total = outcomes.count + notSent.count
        if json { print(try JSONOutput.encode(LoadSummary(endpoint: url.absoluteString, outcomes: outcomes, notSent: notSent))) }
        if (!quiet && !json) || failed > 0 {
            Diagnostics.print("\(total - failed) of \(total) graphs loaded (\(loaded) triples) into \(EndpointError.masked(url.absoluteString))")
        }
        if failed > 0 { throw ExitCode.failure }
    }
}

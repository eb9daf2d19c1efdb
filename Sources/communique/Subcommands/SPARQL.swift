import ArgumentParser
import EndpointClient
import Foundation

/// `communique sparql`: asks a SPARQL server a query and prints the answer.
struct SPARQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sparql",
        abstract: "Send a SPARQL query to a server (form-encoded POST) and print the results.",
        discussion: """
            SELECT results print as a table, CSV, TSV (SPARQL 1.1 TSV: terms in Turtle syntax) or the server's \
            SPARQL JSON; ASK prints true or false; CONSTRUCT and DESCRIBE print the RDF the server sends. \
            Results the server cut at its row limit are printed, reported on standard error, and the exit status is 3.
            """
    )

    @Argument(help: "The query text (or give --file); - reads it from standard input.")
    var query: String?

    @Option(help: ArgumentHelp("A file that holds the query; - reads standard input.", valueName: "file.rq"), completion: .file(extensions: ["rq", "sparql"]))
    var file: String?

    @OptionGroup var server: EndpointOptions

    @Option(help: "How to print SELECT results: table, csv, tsv or json (table on a terminal, else tsv).")
    var format: ResultFormat?

    /// The exit status of results the server cut at its row limit: printed, but not all of them.
    static let truncatedStatus: Int32 = 3

    enum ResultFormat: String, ExpressibleByArgument, CaseIterable {
        case table, csv, tsv, json
    }

    func validate() throws {
        guard (query == nil) != (file == nil) else { throw ValidationError("give the query as an argument or with --file, not both") }
    }

    func run() throws {
        let text: String
        if let path = file ?? (query == "-" ? "-" : nil) {
            let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
            guard let data, let read = String(data: data, encoding: .utf8) else {
                throw CommandFailure(message: "\(path == "-" ? "standard input" : path): cannot read the query (a UTF-8 text file)")
            }
            text = read
        } else {
            text = query!
        }
        let service = SPARQLService(url: try server.url(defaultPath: "query"), transport: try server.transport())
        let answer: QueryAnswer
        do {
            answer = try service.query(text)
        } catch {
            throw CommandFailure(message: error.messageWithAdvice)
        }
        let chosen = format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .tsv)
        switch answer {
        case .boolean(let value):
            print(value ? "true" : "false")
        case .graph(_, let body):
            FileHandle.standardOutput.write(body)
        case .bindings(let results):
            print(ResultPrinter(results: results).render(chosen), terminator: "")
            if let limit = results.rowLimit {
                Diagnostics.error("the server cut the results at its limit of \(limit) rows (X-SPARQL-MaxRows): "
                    + "\(results.rows.count) rows printed; page through the rest with ORDER BY, LIMIT and OFFSET")
                throw ExitCode(SPARQL.truncatedStatus)
            }
        }
    }
}

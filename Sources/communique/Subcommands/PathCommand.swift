import ArgumentParser
import RDFModel
import Relations

/// `communique path`: the shortest chains of relations between two entities.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the shortest chains of relations that link two entities, each hop in words."
    )

    @OptionGroup var options: GraphOptions

    @Argument(help: "The entity to start from.")
    var from: String

    @Argument(help: "The entity to reach.")
    var to: String

    @Option(help: "The longest chain to look for.")
    var maxHops = 4

    @Option(help: "At most this many chains.")
    var limit = 10

    @Flag(help: "Also go through documents (two entities mentioned in the same release).")
    var throughDocuments = false

    func validate() throws {
        guard maxHops >= 1 else { throw ValidationError("--max-hops must be at least 1") }
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let index = try options.loadIndex()
        let start = try index.resolve(from), goal = try index.resolve(to)
        let paths = index.paths(from: start.term, to: goal.term, maxHops: maxHops, limit: limit, throughDocuments: throughDocuments)
        guard !paths.isEmpty else {
            Diagnostics.error("no chain of at most \(maxHops) relations links \(start.label) and \(goal.label)"
                + (throughDocuments ? "" : " (try --through-documents or a larger --max-hops)"))
            throw ExitCode.failure
        }
        if options.reportFormat == .json {
            print(try JSONOutput.encode(paths.map { PathAnswer($0, index: index) }))
            return
        }
        func name(_ term: Term) -> String { index.entity(term)?.label ?? index.short(term) }
        var report = Report(columns: ["path", "hop", "from", "relation", "to"])
        var lines: [String] = []
        for (p, path) in paths.enumerated() {
            lines.append("\(p + 1). \(path.count) hop\(path.count == 1 ? "" : "s")")
            for (h, hop) in path.enumerated() {
                let relation = Wording.phrase(hop.link.relation, forward: hop.forward)
                lines.append("   \(name(hop.from)) —\(relation)→ \(name(hop.to))")
                report.append([String(p + 1), String(h + 1), name(hop.from), relation, name(hop.to)])
            }
        }
        print(options.reportFormat == .table ? lines.map { VisibleText.escaped($0) }.joined(separator: "\n") + "\n" : report.render(table: options.reportFormat == .table),
              terminator: "")
    }
}

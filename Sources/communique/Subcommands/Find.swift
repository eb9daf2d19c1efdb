import ArgumentParser
import Relations

/// `communique find`: entities whose names match a text.
struct Find: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find entities by name, alternate name or acronym (case and diacritics do not count), best match first."
    )

    @OptionGroup var options: GraphOptions

    @Argument(help: "Part of a name, a whole name or an acronym.")
    var text: String

    @OptionGroup var kind: KindOptions

    func run() throws {
        let index = try options.loadIndex()
        let matches = index.find(text, kinds: Set(kind.kinds))
        guard !matches.isEmpty else {
            Diagnostics.error("no entity matches '\(text)'")
            throw ExitCode.failure
        }
        if options.reportFormat == .json {
            print(try JSONOutput.encode(matches.map { FoundEntity($0.entity, matched: $0.matchedName) }))
            return
        }
        var report = Report(columns: ["name", "type", "iri", "matched"])
        for match in matches {
            report.append([match.entity.label, match.entity.kind.rawValue, index.short(match.entity.term), match.matchedName])
        }
        print(report.render(table: options.reportFormat == .table), terminator: "")
    }
}

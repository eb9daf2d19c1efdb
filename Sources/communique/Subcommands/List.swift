import ArgumentParser
import Relations

/// `communique list`: the entities of a graph with the number of their relations.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the entities of a graph with the number of their relations.")

    @OptionGroup var options: GraphOptions

    @OptionGroup var kind: KindOptions

    func run() throws {
        let index = try options.loadIndex()
        var report = Report(columns: ["name", "type", "relations", "iri"])
        let chosen = index.entities.filter { kind.kinds.isEmpty || kind.kinds.contains($0.kind) }
            .sorted { ($0.kind, $0.label, $0.term) < ($1.kind, $1.label, $1.term) }
        if options.reportFormat == .json {
            print(try JSONOutput.encode(chosen.map { FoundEntity($0, relations: index.degree(of: $0.term)) }))
            return
        }
        for entity in chosen {
            report.append([entity.label, entity.kind.rawValue, String(index.degree(of: entity.term)), index.short(entity.term)])
        }
        print(report.render(table: options.reportFormat == .table), terminator: "")
    }
}

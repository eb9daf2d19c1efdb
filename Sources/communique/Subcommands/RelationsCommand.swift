import ArgumentParser
import Relations

/// `communique relations`: everything linked to one entity, in words, with the documents that state it.
struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "Show everything linked to one entity, in and out, grouped by relation, with the documents that state it.",
        discussion: "The entity is given by name, alternate name, prefixed name (person:jane-doe) or IRI. A name that fits several entities lists them and exits with status 1."
    )

    @OptionGroup var options: GraphOptions

    @Argument(help: "The entity: a name, an alternate name, a prefixed name or an IRI.")
    var entity: String

    func run() throws {
        let index = try options.loadIndex()
        let subject = try index.resolve(entity)
        let statements = index.statements(about: subject.term)
        switch options.reportFormat {
        case .table:
            var lines = ["\(subject.label) (\(subject.kind.rawValue)) \(index.short(subject.term))"]
            let others = subject.names.dropFirst()
            if !others.isEmpty { lines.append("  also: " + others.joined(separator: "; ")) }
            for attribute in subject.attributes where !index.isName(attribute.property) {
                lines.append("  \(index.propertyName(attribute.property)): \(index.short(attribute.value))")
            }
            var group = ""
            for statement in statements {
                if statement.relation != group {
                    group = statement.relation
                    lines.append("")
                    lines.append(group)
                }
                lines.append("  " + statement.text)
            }
            if statements.isEmpty { lines.append("(no relations)") }
            print(lines.map { VisibleText.escaped($0) }.joined(separator: "\n"))
        case .json:
            print(try JSONOutput.encode(EntityRelations(subject, index: index)))
        case .tsv:
            var report = Report(columns: ["relation", "direction", "entity", "type", "iri", "statement", "as_of", "documents"])
            for s in statements {
                report.append([s.relation, s.outgoing ? "out" : "in", s.other.label, s.other.kind.rawValue, index.short(s.other.term),
                               s.text, s.dates.joined(separator: " "), s.documents.joined(separator: " ")])
            }
            print(report.render(table: options.reportFormat == .table), terminator: "")
        }
    }
}

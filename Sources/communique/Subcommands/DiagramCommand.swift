import ArgumentParser
import Foundation
import RDFModel
import Relations

/// `communique diagram`: a Graphviz diagram of the relationships of a graph.
struct DiagramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagram",
        abstract: "Draw the relationships of a graph with Graphviz: DOT, or SVG, PNG or PDF rendered by Graphviz.",
        discussion: """
            --view chooses what is drawn: entities (the default: people, organizations, states, events and how \
            they relate), network (bodies linked by the events they organized, partnered or funded together), \
            event EVENT (one event, its parties and speakers with their roles at the time), or person PERSON (a \
            person's roles over time and the events they spoke at). The output's extension chooses the format: \
            .dot is written as it is; .svg, .png and .pdf are rendered by Graphviz, which must be installed. \
            Without -o, DOT goes to standard output.
            """
    )

    @Argument(help: ArgumentHelp("A graph file: Turtle, N-Triples, N-Quads or RDF/XML; - reads standard input.", valueName: "graph"),
              completion: .file(extensions: ["ttl", "nt", "nq", "rdf", "owl"]))
    var graph: String

    @OptionGroup var input: GraphInputOptions

    @Option(parsing: .upToNextOption, help: ArgumentHelp("entities, network, event EVENT or person PERSON.", valueName: "view"))
    var view: [String] = []

    @Option(help: ArgumentHelp("Draw only the entities near this one (a name, prefixed name or IRI).", valueName: "entity"))
    var focus: String?

    @Option(help: "With --focus: how many links away to draw.")
    var hops = 1

    @OptionGroup var kind: KindOptions

    @Option(help: "A title above the diagram.")
    var title: String?

    @Option(help: "At most this many nodes, the best connected; the title says what was left out.")
    var maxNodes = 300

    @Option(help: ArgumentHelp("With --view network: only the N best-connected bodies (default 40).", valueName: "N"))
    var top: Int?

    @Option(help: ArgumentHelp("With --view network: of each body, its N strongest links (default 4; 0 draws all).", valueName: "N"))
    var linksPerBody = 4

    @Option(help: ArgumentHelp("With --view network: only events from this day (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("With --view network: only events up to this day (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Flag(help: "Draw no legend.")
    var noLegend = false

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write: .dot, .svg, .png or .pdf.", valueName: "file"))
    var output: String?

    @Option(help: "Seconds Graphviz may take before it is stopped.")
    var timeout = 120

    static let rendered = ["svg", "png", "pdf"]
    static let views = ["entities", "network", "event", "person"]

    func validate() throws {
        try input.validate(path: graph)
        guard hops >= 0 else { throw ValidationError("--hops must be 0 or more") }
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        guard linksPerBody >= 0 else { throw ValidationError("--links-per-body must be 0 or more") }
        for date in [from, to].compactMap({ $0 }) where date.count != 10 || date.split(separator: "-").count != 3 {
            throw ValidationError("'\(date)' is no date: give YYYY-MM-DD")
        }
        if let name = view.first {
            guard DiagramCommand.views.contains(name) else { throw ValidationError("--view is one of entities, network, event EVENT, person PERSON") }
            let needs = name == "event" || name == "person" ? 2 : 1
            guard view.count == needs else {
                throw ValidationError(needs == 2 ? "--view \(name) takes the \(name) to draw: --view \(name) NAME" : "--view \(name) takes no entity")
            }
        }
        if let output {
            let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
            guard ext == "dot" || ext == "gv" || DiagramCommand.rendered.contains(ext) else {
                throw ValidationError("cannot tell the format of '\(output)': name a .dot, .svg, .png or .pdf file")
            }
        }
    }

    /// The DOT of the view asked for, and its number of nodes.
    func drawing(_ index: EntityIndex) throws -> (dot: String, nodes: Int) {
        switch view.first ?? "entities" {
        case "network":
            let network = NetworkDiagram(index: index, options: .init(top: min(top ?? 40, maxNodes), linksPerBody: linksPerBody == 0 ? nil : linksPerBody,
                                                                      from: from, to: to, title: title, legend: !noLegend))
            return (network.dot, network.nodes.count)
        case "event":
            let event = try index.resolve(view[1])
            guard event.kind == .event else { throw CommandFailure(message: "'\(view[1])' is a \(event.kind.rawValue), not an event") }
            let diagram = EventDiagram(index: index, event: event.term, title: title, legend: !noLegend)
            return (diagram.dot, diagram.nodes.count)
        case "person":
            let person = try index.resolve(view[1])
            guard person.kind == .person else { throw CommandFailure(message: "'\(view[1])' is a \(person.kind.rawValue), not a person") }
            let diagram = PersonDiagram(index: index, person: person.term, title: title, legend: !noLegend)
            return (diagram.dot, diagram.entries.count + 1)
        default:
            var options = Diagram.Options(hops: hops, kinds: Set(kind.kinds), title: title, maxNodes: maxNodes, legend: !noLegend)
            if let focus { options.focus = try index.resolve(focus).term }
            let diagram = Diagram(index: index, options: options)
            return (diagram.dot, diagram.nodes.count)
        }
    }

    func run() throws {
        let index = EntityIndex(graph: try input.read(graph), prefixes: CommuniquePrefixes.all)
        let (dot, nodes) = try drawing(index)
        guard let output else {
            print(dot, terminator: "")
            return
        }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        if DiagramCommand.rendered.contains(ext) {
            var renderer = GraphvizRenderer()
            renderer.timeout = TimeInterval(timeout)
            try renderer.render(dot, format: ext, nodeCount: nodes, to: output)
        } else {
            do {
                try Data(dot.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CommandFailure(message: "\(output): cannot write the file: \(error.localizedDescription)")
            }
        }
    }
}

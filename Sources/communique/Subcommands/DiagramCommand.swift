import ArgumentParser
import Foundation
import Relations

/// `communique diagram`: a Graphviz diagram of the relationships of a graph.
struct DiagramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagram",
        abstract: "Draw the relationships of a graph with Graphviz: DOT, or SVG, PNG or PDF rendered by Graphviz.",
        discussion: """
            The output's extension chooses the format: .dot is written as it is; .svg, .png and .pdf are rendered \
            by Graphviz's dot (sfdp for large diagrams), which must be installed. Without -o, DOT goes to \
            standard output.
            """
    )

    @Argument(help: ArgumentHelp("A graph file: Turtle, N-Triples, N-Quads or RDF/XML.", valueName: "graph"))
    var graph: String

    @Option(help: ArgumentHelp("Draw only the entities near this one (a name, prefixed name or IRI).", valueName: "entity"))
    var focus: String?

    @Option(help: "With --focus: how many links away to draw.")
    var hops = 1

    @OptionGroup var kind: KindOptions

    @Option(help: "A title above the diagram.")
    var title: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write: .dot, .svg, .png or .pdf.", valueName: "file"))
    var output: String?

    @Option(help: "Seconds Graphviz may take before it is stopped.")
    var timeout = 120

    static let rendered = ["svg", "png", "pdf"]

    func validate() throws {
        guard hops >= 0 else { throw ValidationError("--hops must be 0 or more") }
        if let output {
            let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
            guard ext == "dot" || ext == "gv" || DiagramCommand.rendered.contains(ext) else {
                throw ValidationError("cannot tell the format of '\(output)': name a .dot, .svg, .png or .pdf file")
            }
        }
    }

    func run() throws {
        let index = try GraphOptions.parse([graph]).loadIndex()
        var options = Diagram.Options(hops: hops, kinds: Set(kind.kinds), title: title)
        if let focus { options.focus = try index.resolve(focus).term }
        let diagram = Diagram(index: index, options: options)
        let dot = diagram.dot
        guard let output else {
            print(dot, terminator: "")
            return
        }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        if DiagramCommand.rendered.contains(ext) {
            var renderer = GraphvizRenderer()
            renderer.timeout = TimeInterval(timeout)
            try renderer.render(dot, format: ext, nodeCount: diagram.nodes.count, to: output)
        } else {
            do {
                try Data(dot.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CommandFailure(message: "\(output): cannot write the file: \(error.localizedDescription)")
            }
        }
    }
}

/// An RDF syntax that Raptor reads and writes, named as Raptor names it.
///
/// ```swift
/// try graph.write(as: .turtle, prefixes: prefixes, toFile: "graph.ttl")
/// ```
public struct RDFSyntax: Hashable, Sendable {
    /// Raptor's name for the syntax (`turtle`, `ntriples`, `nquads`, `rdfxml`).
    public let raptorName: String
    /// The file name extensions, without the dot; the first is the usual one.
    public let fileExtensions: [String]
    /// Whether the syntax carries named graphs.
    public let hasNamedGraphs: Bool

    /// Turtle, grouped by subject with prefixes.
    public static let turtle = RDFSyntax(raptorName: "turtle", fileExtensions: ["ttl", "turtle"], hasNamedGraphs: false)
    /// N-Triples, one statement a line.
    public static let nTriples = RDFSyntax(raptorName: "ntriples", fileExtensions: ["nt"], hasNamedGraphs: false)
    /// N-Quads, one statement a line with its named graph.
    public static let nQuads = RDFSyntax(raptorName: "nquads", fileExtensions: ["nq"], hasNamedGraphs: true)
    /// RDF/XML (read only in this project).
    public static let rdfXML = RDFSyntax(raptorName: "rdfxml", fileExtensions: ["rdf", "xml", "owl"], hasNamedGraphs: false)

    /// Every syntax the project knows.
    public static let all: [RDFSyntax] = [.turtle, .nTriples, .nQuads, .rdfXML]

    /// The syntax that a file name's extension stands for, if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        guard let found = RDFSyntax.all.first(where: { $0.fileExtensions.contains(ext) }) else { return nil }
        self = found
    }

    private init(raptorName: String, fileExtensions: [String], hasNamedGraphs: Bool) {
        self.raptorName = raptorName
        self.fileExtensions = fileExtensions
        self.hasNamedGraphs = hasNamedGraphs
    }
}

/// One release a build read: where it came from, the document it became and how many statements it made.
public struct BuiltDocument: Sendable, Hashable {
    /// The path read (`-` for standard input).
    public var path: String
    /// The document's name: the path inside the folder given, or the file name.
    public var name: String
    /// The document's IRI.
    public var iri: String
    /// The statements its extraction made, before the statements about entities that other documents
    /// also made are merged.
    public var statements: Int

    public init(path: String, name: String, iri: String, statements: Int) {
        self.path = path
        self.name = name
        self.iri = iri
        self.statements = statements
    }
}

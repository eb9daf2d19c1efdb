/// One press release to read: where its text is, and the name its document is known by.
///
/// The name is the file's path relative to the folder named on the command line (`2024/march/release.txt`),
/// or the file's own name when the file was named; so the same release rebuilt gets the same document IRI
/// and two files of one folder never share one. `-` stands for standard input.
public struct InputFile: Sendable, Hashable {
    /// The path to read, or `-` for standard input.
    public var path: String
    /// The name of the document: a relative path with `/` between folders.
    public var name: String

    public init(path: String, name: String) {
        self.path = path
        self.name = name
    }

    /// The path that stands for standard input.
    public static let standardInputPath = "-"

    /// Whether the text comes from standard input.
    public var isStandardInput: Bool { path == InputFile.standardInputPath }
}

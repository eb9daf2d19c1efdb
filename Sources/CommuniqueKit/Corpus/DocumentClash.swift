public import Foundation

/// Two inputs of one build whose documents would get the same IRI, so that one would silently take the
/// other's statements: the build stops before it writes anything.
public struct DocumentClash: LocalizedError, Sendable, Equatable {
    /// The input met first.
    public let first: String
    /// The input that would share its document.
    public let second: String
    /// The IRI both would get.
    public let iri: String

    public init(first: String, second: String, iri: String) {
        self.first = first
        self.second = second
        self.iri = iri
    }

    public var errorDescription: String? {
        "\(second): its document would be \(iri), the document of \(first) as well; rename one of them"
            + " (a document is named by its path inside the folder given, or its file name); nothing written"
    }
}

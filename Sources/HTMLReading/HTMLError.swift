/// Why a page could not be read: it is no HTML, libxml2 could not decode or parse it, or no article was
/// found in it. Carries libxml2's error code and message where libxml2 gave one.
public struct HTMLError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// No markup at all: a text file with an `.html` name.
        case notHTML
        /// The page names a character encoding libxml2 cannot convert, or its bytes do not decode.
        case undecodable
        /// libxml2 gave no document.
        case unparsable
        /// No headline or no text in the part of the page that holds the article.
        case noArticle
    }

    public let reason: Reason
    /// libxml2's error code (`xmlParserErrors`), where it reported one.
    public let code: Int32?
    /// libxml2's message, where it reported one.
    public let message: String?

    public init(_ reason: Reason, code: Int32? = nil, message: String? = nil) {
        self.reason = reason
        self.code = code
        self.message = message
    }
}

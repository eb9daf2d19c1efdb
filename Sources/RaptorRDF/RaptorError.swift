public import Foundation

/// An error reported by Raptor or met while talking to it, with the place it concerns.
///
/// The description names the place first: `graph.ttl:3:14: syntax error`.
public struct RaptorError: LocalizedError, Hashable, Sendable {
    /// What went wrong, in Raptor's words where Raptor said something.
    public let message: String
    /// The file concerned, if any.
    public let file: String?
    /// The 1-based line, where known.
    public let line: Int?
    /// The 1-based column, where known.
    public let column: Int?
    /// The status code a Raptor call returned, where one failed.
    public let status: Int32?

    /// Creates an error.
    public init(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil, status: Int32? = nil) {
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.status = status
    }

    /// The error with the file it concerns filled in, when it had none.
    func located(in file: String) -> RaptorError {
        self.file == nil ? RaptorError(message, file: file, line: line, column: column, status: status) : self
    }

    public var errorDescription: String? {
        var place = ""
        if let file {
            place = file
            if let line {
                place += ":\(line)"
                if let column { place += ":\(column)" }
            }
            place += ": "
        }
        return place + message
    }
}

public import Foundation

/// Why an input file or folder could not be read; the message names the file.
public struct InputError: LocalizedError, Hashable, Sendable {
    /// The kinds of bad input.
    public enum Reason: Hashable, Sendable {
        case missing
        case unreadable(String)
        case emptyFolder
        case binary
        case notUTF8(line: Int)
        case empty
        /// A symbolic link whose target does not exist.
        case danglingLink(target: String)
        /// A symbolic link that leads back to itself.
        case linkLoop
        /// A file larger than the limit of one document.
        case tooLarge(bytes: Int, limit: Int)
        /// A file named as a page (`.html`, `.htm`) with no markup in it.
        case notHTML
        /// A page whose declared encoding cannot be converted.
        case undecodablePage(String)
        /// A page in which no headline or no article text was found.
        case noArticle(String)
    }

    /// The file or folder, as the user named it.
    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The line the error is on, where it is on one.
    public var line: Int? {
        if case .notUTF8(let line) = reason { return line }
        return nil
    }

    /// The input as a message names it: its path, or "standard input" for `-`.
    var shownPath: String { path == InputFile.standardInputPath ? "standard input" : path }

    /// `path: what went wrong` (`path:line: …` where a line is known).
    public var errorDescription: String? {
        let path = shownPath
        return switch reason {
        case .missing: "\(path): no such file or folder"
        case .unreadable(let why): "\(path): cannot read: \(why)"
        case .emptyFolder: "\(path): the folder holds no .txt, .html or .htm files"
        case .notHTML: "\(path): no HTML in it (a page has <html> or <body>); name a text release .txt"
        case .undecodablePage(let why): "\(path): cannot decode the page: \(why)"
        case .noArticle(let why): "\(path): no article found in the page: \(why)"
        case .binary: "\(path): binary file (it contains NUL bytes), not a press release"
        case .notUTF8(let line): "\(path):\(line): not UTF-8 text"
        case .empty: "\(path): empty file, no press release in it"
        case .danglingLink(let target): "\(path): a symbolic link to \(target), which does not exist"
        case .linkLoop: "\(path): a symbolic link that leads back to itself"
        case .tooLarge(let bytes, let limit):
            "\(path): \(bytes) bytes, more than the \(limit) of one document (--max-document-size); skipped"
        }
    }
}

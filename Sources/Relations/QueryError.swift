public import Foundation

/// Why a question about the graph could not be answered.
public enum QueryError: LocalizedError, Equatable, Sendable {
    /// No entity has that name, alternate name, prefixed name or IRI.
    case unknownEntity(String)
    /// Several entities have that name; the candidates, best first.
    case ambiguous(String, candidates: [String])

    public var errorDescription: String? {
        switch self {
        case .unknownEntity(let text):
            "no entity is named '\(text)': try `communique find` with part of the name"
        case .ambiguous(let text, let candidates):
            "'\(text)' names \(candidates.count) entities; give one of these IRIs:\n"
                + candidates.map { "  " + $0 }.joined(separator: "\n")
        }
    }
}

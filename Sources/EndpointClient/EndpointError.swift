public import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a request to a SPARQL server failed: the server could not be reached, did not answer in time, or
/// answered with an error status (kept with its message).
public enum EndpointError: LocalizedError, Equatable, Sendable {
    case unreachable(url: String, reason: String)
    case timedOut(url: String, seconds: Int)
    case status(method: String, url: String, code: Int, message: String)
    case invalidResponse(url: String, reason: String)
    case invalidURL(String)

    public var errorDescription: String? { EndpointError.masked(unmaskedDescription) }

    /// A text with the user name and password of every URL in it masked: `http://***@host/`.
    public static func masked(_ text: String) -> String {
        guard text.contains("@") else { return text }
        var out = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            out += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            let authorityEnd = rest.firstIndex { "/?# '\"".contains($0) } ?? rest.endIndex
            if let at = rest[..<authorityEnd].lastIndex(of: "@") {
                out += "***"
                rest = rest[at...]
            }
        }
        return out + rest
    }

    private var unmaskedDescription: String {
        switch self {
        case .unreachable(let url, let reason):
            "cannot reach \(url): \(reason)"
        case .timedOut(let url, let seconds):
            "\(url) did not answer within \(seconds) s"
        case .status(let method, let url, let code, let message):
            "\(method) \(url) failed: HTTP \(code) \(HTTPURLResponse.localizedString(forStatusCode: code))"
                + (message.isEmpty ? "" : ": " + EndpointError.trimmed(message))
        case .invalidResponse(let url, let reason):
            "\(url) sent an answer that cannot be read: \(reason)"
        case .invalidURL(let text):
            "'\(text)' is not an http:// or https:// URL"
        }
    }

    /// The server's message on one line, cut to a readable length.
    static func trimmed(_ message: String) -> String {
        let line = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
        return line.count > 300 ? String(line.prefix(299)) + "…" : line
    }
}

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
    /// The server answered `401`: it wants credentials (`user` nil: none were given) or refused those of `user`.
    case unauthorized(url: String, schemes: [String], user: String?)

    /// Whether the server refused access (401 or 403): every other request to it would be refused too.
    public var deniesAccess: Bool {
        switch self {
        case .unauthorized: true
        case .status(_, _, let code, _): code == 401 || code == 403
        default: false
        }
    }

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
        case .unauthorized(let url, let schemes, let user):
            "\(url) wants credentials" + EndpointError.schemeNames(schemes)
                + (user.map { ": it refused those of user '\($0)'" } ?? " and none were given")
        }
    }

    /// " (HTTP Digest)", " (HTTP Basic or Digest)", or nothing when the server named no scheme.
    static func schemeNames(_ schemes: [String]) -> String {
        let names = schemes.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return names.isEmpty ? "" : " (HTTP " + names.joined(separator: " or ") + ")"
    }

    /// The server's message on one line, cut to a readable length; an HTML page as its text.
    static func trimmed(_ message: String) -> String {
        let message = ServerMessage.plainText(message)
        let line = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
        return line.count > 300 ? String(line.prefix(299)) + "…" : line
    }
}

public import Foundation
#if canImport(FoundationNetworking)
public import FoundationNetworking
#endif

/// The challenge a server last sent and how often its nonce was used, so that the requests after the first
/// carry a valid `Authorization` at once (Basic: the same; Digest: the same nonce, the count one up).
final class AuthenticationSession: @unchecked Sendable {
    private let lock = NSLock()
    private var challenge: HTTPChallenge?
    private var count = 0

    /// The header for a request before any answer, from the challenge remembered; nil before the first.
    func authorization(_ credentials: Credentials, for request: URLRequest) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let challenge else { return nil }
        count += 1
        return credentials.authorization(answering: challenge, method: request.httpMethod ?? "GET",
                                         uri: AuthenticationSession.requestTarget(request), count: count)
    }

    /// The header that answers the challenges of a `401` (Digest preferred to Basic), remembered for the
    /// requests to come; nil when no challenge is of a scheme this client speaks.
    func answer(_ challenges: [HTTPChallenge], with credentials: Credentials, for request: URLRequest) -> String? {
        let method = request.httpMethod ?? "GET", uri = AuthenticationSession.requestTarget(request)
        for scheme in ["digest", "basic"] {
            for challenge in challenges where challenge.scheme == scheme {
                guard let header = credentials.authorization(answering: challenge, method: method, uri: uri, count: 1) else { continue }
                lock.lock()
                (self.challenge, count) = (challenge, 1)
                lock.unlock()
                return header
            }
        }
        return nil
    }

    /// The request target as sent on the request line: the path and the query, percent-encoded.
    static func requestTarget(_ request: URLRequest) -> String {
        guard let url = request.url, let parts = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return "/" }
        let path = parts.percentEncodedPath.isEmpty ? "/" : parts.percentEncodedPath
        return parts.percentEncodedQuery.map { path + "?" + $0 } ?? path
    }
}

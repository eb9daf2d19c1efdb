public import Foundation
#if canImport(FoundationNetworking)
public import FoundationNetworking
#endif

/// Sends one HTTP request with URLSession and waits for the whole answer, for a command-line tool; answers
/// a server's `401` with HTTP Basic or Digest when it has credentials.
public struct HTTPTransport: Sendable {
    /// Seconds one whole request may take: connecting, sending and receiving all of the answer.
    public var timeout: TimeInterval
    /// The user and password to answer a `401` with.
    public var credentials: Credentials?
    /// The last challenge answered, shared by the copies of this transport, so that later requests carry
    /// their `Authorization` at once instead of being refused first.
    let session = AuthenticationSession()

    public init(timeout: TimeInterval = 60, credentials: Credentials? = nil) {
        self.timeout = timeout
        self.credentials = credentials
    }

    /// A finished exchange: the status, the headers and the body.
    public struct Response: Sendable {
        public let status: Int
        public let contentType: String
        /// The headers, their names lowercased.
        public let headers: [String: String]
        public let body: Data

        public init(status: Int, contentType: String, headers: [String: String] = [:], body: Data) {
            self.status = status
            self.contentType = contentType
            self.headers = headers
            self.body = body
        }
    }

    /// Sends the request; a transport failure becomes an `EndpointError`, an HTTP error status does not,
    /// except `401`: without credentials, or with credentials the server refuses, it is `.unauthorized`.
    public func send(_ request: URLRequest) throws(EndpointError) -> Response {
        let url = request.url?.absoluteString ?? "?"
        var attempt = request
        if let credentials, let header = session.authorization(credentials, for: request) {
            attempt.setValue(header, forHTTPHeaderField: "Authorization")
        }
        var response = try exchange(attempt)
        // At most two answers to a challenge: the first, and one more when the server says the nonce is stale.
        for _ in 0..<2 where response.status == 401 {
            let challenges = HTTPChallenge.parse(response.headers["www-authenticate"] ?? "")
            let schemes = challenges.map(\.scheme)
            guard let credentials else { throw .unauthorized(url: url, schemes: schemes, user: nil) }
            let retried = attempt.value(forHTTPHeaderField: "Authorization") != nil
            let stale = challenges.contains { $0.parameters["stale"]?.lowercased() == "true" }
            guard !retried || stale, let header = session.answer(challenges, with: credentials, for: request) else {
                throw .unauthorized(url: url, schemes: schemes, user: credentials.user)
            }
            attempt.setValue(header, forHTTPHeaderField: "Authorization")
            response = try exchange(attempt)
        }
        if response.status == 401 {
            throw .unauthorized(url: url, schemes: HTTPChallenge.parse(response.headers["www-authenticate"] ?? "").map(\.scheme),
                                user: credentials?.user)
        }
        return response
    }

    /// One request and its answer, within `timeout` seconds. A challenge is never answered by URLSession
    /// (on Linux it would wait for ever); the `401` comes back as an answer.
    func exchange(_ request: URLRequest) throws(EndpointError) -> Response {
        var request = request
        request.timeoutInterval = timeout
        let url = request.url?.absoluteString ?? "?"
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let urlSession = URLSession(configuration: configuration, delegate: ChallengeRefuser(), delegateQueue: nil)
        let task = urlSession.dataTask(with: request) { data, response, error in
            box.set(data: data, response: response, error: error)
            semaphore.signal()
        }
        task.resume()
        // URLSession's own timeouts bound idle time only: a server that sends a byte a second would keep
        // the request going forever. The whole request gets `timeout` seconds.
        if semaphore.wait(timeout: .now() + timeout) == .timedOut {
            task.cancel()
            urlSession.invalidateAndCancel()
            throw .timedOut(url: url, seconds: Int(timeout))
        }
        urlSession.finishTasksAndInvalidate()
        let (data, response, error) = box.get()
        let http = (response ?? task.response) as? HTTPURLResponse
        if let error {
            // The challenge refused: the server's 401, with its headers.
            if let http, http.statusCode == 401, (error as? URLError)?.code == .cancelled {
                return HTTPTransport.response(http, body: data ?? Data())
            }
            if (error as? URLError)?.code == .timedOut { throw .timedOut(url: url, seconds: Int(timeout)) }
            throw .unreachable(url: url, reason: error.localizedDescription)
        }
        guard let http else { throw .invalidResponse(url: url, reason: "no HTTP response") }
        return HTTPTransport.response(http, body: data ?? Data())
    }

    static func response(_ http: HTTPURLResponse, body: Data) -> Response {
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return Response(status: http.statusCode, contentType: headers["content-type"] ?? "", headers: headers, body: body)
    }

    /// Holds what the completion handler hands over, for the waiting thread.
    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        private var response: URLResponse?
        private var error: (any Error)?

        func set(data: Data?, response: URLResponse?, error: (any Error)?) {
            lock.lock()
            defer { lock.unlock() }
            (self.data, self.response, self.error) = (data, response, error)
        }

        func get() -> (Data?, URLResponse?, (any Error)?) {
            lock.lock()
            defer { lock.unlock() }
            return (data, response, error)
        }
    }

    /// Cancels every authentication challenge, so that the task ends with the server's `401`.
    final class ChallengeRefuser: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                        completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

public import Foundation
#if canImport(FoundationNetworking)
public import FoundationNetworking
#endif

/// Sends one HTTP request with URLSession and waits for the whole answer, for a command-line tool.
public struct HTTPTransport: Sendable {
    /// Seconds one whole request may take: connecting, sending and receiving all of the answer.
    public var timeout: TimeInterval

    public init(timeout: TimeInterval = 60) {
        self.timeout = timeout
    }

    /// A finished exchange: the status, the headers that matter and the body.
    public struct Response: Sendable {
        public let status: Int
        public let contentType: String
        public let body: Data
    }

    /// Sends the request; a transport failure becomes an `EndpointError`, an HTTP error status does not.
    public func send(_ request: URLRequest) throws(EndpointError) -> Response {
        var request = request
        request.timeoutInterval = timeout
        let url = request.url?.absoluteString ?? "?"
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        let task = session.dataTask(with: request) { data, response, error in
            box.set(data: data, response: response, error: error)
            semaphore.signal()
        }
        task.resume()
        // URLSession's own timeouts bound idle time only: a server that sends a byte a second would keep
        // the request going forever. The whole request gets `timeout` seconds.
        if semaphore.wait(timeout: .now() + timeout) == .timedOut {
            task.cancel()
            session.invalidateAndCancel()
            throw .timedOut(url: url, seconds: Int(timeout))
        }
        session.finishTasksAndInvalidate()
        let (data, response, error) = box.get()
        if let error {
            let code = (error as? URLError)?.code
            if code == .timedOut { throw .timedOut(url: url, seconds: Int(timeout)) }
            throw .unreachable(url: url, reason: error.localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else { throw .invalidResponse(url: url, reason: "no HTTP response") }
        return Response(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "", body: data ?? Data())
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
}

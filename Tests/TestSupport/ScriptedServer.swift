public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An HTTP server on 127.0.0.1 that answers each request as a test's closure says, and keeps every request
/// it got (method, target, headers), for tests of what a client sends and how it reads the answers.
public final class ScriptedServer: @unchecked Sendable {
    /// A request as received.
    public struct Request: Sendable {
        public let method: String
        public let target: String
        /// Header names lowercased.
        public let headers: [String: String]
        public let body: Data
    }

    /// An answer to send.
    public struct Answer: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: String

        public init(status: Int, headers: [String: String] = [:], body: String = "") {
            self.status = status
            self.headers = headers
            self.body = body
        }
    }

    public let port: UInt16
    public var url: URL { URL(string: "http://127.0.0.1:\(port)")! }
    private let listener: Int32
    private let answer: @Sendable (Request) -> Answer
    private let lock = NSLock()
    private var received: [Request] = []
    private var isStopped = false

    public init(_ answer: @escaping @Sendable (Request) -> Answer) throws {
        (listener, port) = try LocalPort.Listener.listeningSocket()
        self.answer = answer
        Thread { [self] in serve() }.start()
    }

    /// Every request received so far, in order.
    public var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    private func serve() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            Thread { [self] in handle(client) }.start()
        }
    }

    /// Answers the requests of one connection until the client closes it.
    private func handle(_ client: Int32) {
        defer { Glibc.close(client) }
        var pending = Data()
        while let request = read(from: client, buffer: &pending) {
            lock.lock()
            received.append(request)
            lock.unlock()
            let reply = answer(request)
            var head = "HTTP/1.1 \(reply.status) Status\r\nContent-Length: \(reply.body.utf8.count)\r\n"
            for (name, value) in reply.headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
            let bytes = Array((head + "\r\n" + reply.body).utf8)
            guard bytes.withUnsafeBufferPointer({ send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == bytes.count else { return }
        }
    }

    private func read(from client: Int32, buffer: inout Data) -> Request? {
        var chunk = [UInt8](repeating: 0, count: 65536)
        func more() -> Bool {
            let count = recv(client, &chunk, chunk.count, 0)
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
        let separator = Data("\r\n\r\n".utf8)
        while buffer.range(of: separator) == nil { guard more() else { return nil } }
        let end = buffer.range(of: separator)!
        let lines = String(decoding: buffer[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let first = lines[0].split(separator: " ").map(String.init)
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        let bodyStart = end.upperBound
        while buffer.count - (bodyStart - buffer.startIndex) < length { guard more() else { return nil } }
        let body = buffer[bodyStart..<(bodyStart + length)]
        buffer = Data(buffer[(bodyStart + length)...])
        return Request(method: first.first ?? "", target: first.count > 1 ? first[1] : "", headers: headers, body: Data(body))
    }

    /// Stops accepting connections.
    public func close() {
        lock.lock()
        let already = isStopped
        isStopped = true
        lock.unlock()
        guard !already else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
    }

    deinit { close() }
}

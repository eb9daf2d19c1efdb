public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An HTTP server on 127.0.0.1 that answers every request with a status line at once and then one byte of
/// body every half second: it never idles, and never finishes. Each answer stops after 40 bytes (20 s) at
/// the most, and the server after `close()`.
public final class TricklingServer: @unchecked Sendable {
    public let port: UInt16
    public var url: URL { URL(string: "http://127.0.0.1:\(port)")! }
    private let listener: Int32
    private let stopped = NSLock()
    private var isStopped = false

    public init() throws {
        (listener, port) = try LocalPort.Listener.listeningSocket()
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    private var stopping: Bool {
        stopped.lock()
        defer { stopped.unlock() }
        return isStopped
    }

    private func serve() {
        for _ in 0..<20 where !stopping {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            let answer = Thread { [self] in trickle(to: client) }
            answer.start()
        }
    }

    private func trickle(to client: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        _ = recv(client, &buffer, buffer.count, 0)
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"
        _ = head.withCString { send(client, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        for _ in 0..<40 where !stopping {
            usleep(500_000)
            guard send(client, "x", 1, Int32(MSG_NOSIGNAL)) == 1 else { break }
        }
        Glibc.close(client)
    }

    /// Stops the server; a second call does nothing (closing the descriptor twice could close another
    /// test's socket that got its number).
    public func close() {
        stopped.lock()
        let already = isStopped
        isStopped = true
        stopped.unlock()
        guard !already else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
    }

    deinit { close() }
}

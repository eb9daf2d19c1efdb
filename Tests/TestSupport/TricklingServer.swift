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

    public struct Failure: Error {}

    public init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure() }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { Glibc.close(fd); throw Failure() }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
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

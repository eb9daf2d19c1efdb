public import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A SPARQL server for the tests: Oxigraph (installed from PyPI into `.build/venv` by `make test`), started
/// on 127.0.0.1 on a free port with an in-memory store, and stopped when the test is done.
public final class OxigraphServer: @unchecked Sendable {
    public let port: UInt16
    public var url: URL { URL(string: "http://127.0.0.1:\(port)")! }
    private let process: Process

    public struct NotInstalled: Error, CustomStringConvertible {
        public var description: String {
            "oxigraph is not on PATH: `make test` installs it into .build/venv (pip install oxigraph) and puts .build/venv/bin on PATH"
        }
    }

    public struct DidNotStart: Error, CustomStringConvertible {
        public let log: String
        public var description: String { "oxigraph did not answer within 30 s: \(log)" }
    }

    /// Starts a server whose SPARQL queries see the union of all graphs as the default graph.
    public init() throws {
        guard let executable = OxigraphServer.find("oxigraph") else { throw NotInstalled() }
        port = try LocalPort.free()
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["serve", "--bind", "127.0.0.1:\(port)", "--union-default-graph"]
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("oxigraph-\(port).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while !LocalPort.accepts(port) {
            guard Date() < deadline, process.isRunning else {
                stop()
                throw DidNotStart(log: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
            }
            usleep(100_000)
        }
    }

    /// Stops the server and waits for it. SIGKILL, not SIGTERM: Foundation spawns the child with the signal
    /// mask of the test runner's thread, where SIGTERM is blocked, so a SIGTERM would stay pending forever.
    public func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit { stop() }

    /// Runs `body` with a started server, and stops the server afterwards, whatever happened.
    public static func with<T>(_ body: (OxigraphServer) throws -> T) throws -> T {
        let server = try OxigraphServer()
        defer { server.stop() }
        return try body(server)
    }

    static func find(_ program: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// Ports on 127.0.0.1 for test servers.
public enum LocalPort {
    /// A port nobody listens on now (the kernel picks it).
    public static func free() throws -> UInt16 {
        let listener = try Listener()
        defer { listener.close() }
        return listener.port
    }

    /// Whether a TCP connection to the port succeeds.
    public static func accepts(_ port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { Glibc.close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    /// A socket that listens on 127.0.0.1 and never answers: connections wait in its backlog.
    public final class Listener: @unchecked Sendable {
        public let port: UInt16
        private var fd: Int32

        public struct Failure: Error {}

        public init() throws {
            (fd, port) = try Listener.listeningSocket()
        }

        /// A socket listening on 127.0.0.1 at a port the kernel picks, with that port.
        static func listeningSocket() throws -> (fd: Int32, port: UInt16) {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw Failure() }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0, listen(fd, 16) == 0 else { Glibc.close(fd); throw Failure() }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            guard named == 0 else { Glibc.close(fd); throw Failure() }
            return (fd, UInt16(bigEndian: address.sin_port))
        }

        public func close() {
            if fd >= 0 { Glibc.close(fd); fd = -1 }
        }

        deinit { close() }
    }
}

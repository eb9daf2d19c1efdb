public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A second real SPARQL store for the tests: OpenLink Virtuoso 7 (Debian's `virtuoso-opensource-7-bin`,
/// which `make test` installs), started on 127.0.0.1 with a fresh database under `.build/`, a user who may
/// write through the Digest-protected `/sparql-graph-crud-auth`, and stopped and removed afterwards.
public final class VirtuosoServer: @unchecked Sendable {
    public let httpPort: UInt16
    public let sqlPort: UInt16
    /// The user who may load graphs, and their password.
    public let user = "loader"
    public let password = "loader-secret"
    /// The row limit of SELECT results, as the server is configured.
    public let maxRows = 10000
    public var queryURL: URL { URL(string: "http://127.0.0.1:\(httpPort)/sparql")! }
    public var protectedStoreURL: URL { URL(string: "http://127.0.0.1:\(httpPort)/sparql-graph-crud-auth")! }
    private let folder: URL
    private let process: Process

    public struct NotInstalled: Error, CustomStringConvertible {
        public var description: String {
            "virtuoso-t or isql-vt is not on PATH: `make test` installs Debian's virtuoso-opensource-7-bin"
        }
    }

    public struct DidNotStart: Error, CustomStringConvertible {
        public let log: String
        public var description: String { "Virtuoso did not start: \(log)" }
    }

    public init() throws {
        guard let server = OxigraphServer.find("virtuoso-t"), let isql = OxigraphServer.find("isql-vt") else { throw NotInstalled() }
        httpPort = try LocalPort.free()
        sqlPort = try LocalPort.free()
        folder = TestFiles.packageRoot.appendingPathComponent(".build/virtuoso-\(httpPort)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ini = folder.appendingPathComponent("virtuoso.ini")
        try VirtuosoServer.configuration(folder: folder.path, sqlPort: sqlPort, httpPort: httpPort, maxRows: maxRows)
            .write(to: ini, atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: server)
        process.arguments = ["+foreground", "+configfile", ini.path]
        process.currentDirectoryURL = folder
        let log = folder.appendingPathComponent("stdout.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while !(LocalPort.accepts(httpPort) && LocalPort.accepts(sqlPort)) {
            guard Date() < deadline, process.isRunning else {
                stop()
                throw DidNotStart(log: (try? String(contentsOf: folder.appendingPathComponent("virtuoso.log"), encoding: .utf8)) ?? "")
            }
            usleep(200_000)
        }
        let grant = "DB.DBA.USER_CREATE ('\(user)', '\(password)'); GRANT SPARQL_UPDATE TO \"\(user)\"; GRANT SPARQL_SELECT TO \"\(user)\";"
        let granted = try ProcessResult.run(URL(fileURLWithPath: isql), ["\(sqlPort)", "dba", "dba", "exec=\(grant)"])
        guard granted.status == 0 else {
            stop()
            throw DidNotStart(log: "isql-vt: " + granted.standardOutput + granted.standardError)
        }
    }

    /// A database in `folder`, both ports on 127.0.0.1 only.
    static func configuration(folder: String, sqlPort: UInt16, httpPort: UInt16, maxRows: Int) -> String {
        """
        [Database]
        DatabaseFile = \(folder)/virtuoso.db
        ErrorLogFile = \(folder)/virtuoso.log
        LockFile = \(folder)/virtuoso.lck
        TransactionFile = \(folder)/virtuoso.trx
        xa_persistent_file = \(folder)/virtuoso.pxa
        MaxCheckpointRemap = 2000
        Striping = 0
        TempStorage = TempDatabase

        [TempDatabase]
        DatabaseFile = \(folder)/virtuoso-temp.db
        TransactionFile = \(folder)/virtuoso-temp.trx
        MaxCheckpointRemap = 2000
        Striping = 0

        [Parameters]
        ServerPort = 127.0.0.1:\(sqlPort)
        NumberOfBuffers = 10000
        MaxDirtyBuffers = 6000
        ServerThreads = 10
        CheckpointInterval = 60
        DirsAllowed = .

        [HTTPServer]
        ServerPort = 127.0.0.1:\(httpPort)
        ServerRoot = \(folder)
        ServerThreads = 10

        [SPARQL]
        ResultSetMaxRows = \(maxRows)
        MaxQueryExecutionTime = 60

        """
    }

    /// Stops the server (SIGKILL, see `OxigraphServer.stop`) and removes its database.
    public func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { stop() }

    /// Runs `body` with a started server, and stops it afterwards, whatever happened.
    public static func with<T>(_ body: (VirtuosoServer) throws -> T) throws -> T {
        let server = try VirtuosoServer()
        defer { server.stop() }
        return try body(server)
    }
}

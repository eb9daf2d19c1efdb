public import Foundation

/// Renders DOT to SVG, PNG or PDF with Graphviz's `dot` (or `sfdp` for large diagrams), within a time limit,
/// into a temporary file that is renamed into place.
public struct GraphvizRenderer: Sendable {
    /// Diagrams with more nodes than this are laid out with `sfdp` (force-directed), which scales.
    public var sfdpThreshold = 250
    public var timeout: TimeInterval = 120
    /// Diagrams with more nodes than this are refused before Graphviz starts: it would not finish in any
    /// time a person waits, and the drawing could not be read.
    public var maximumNodes = 1500

    public init() {}

    /// Why a diagram could not be rendered.
    public enum RenderError: LocalizedError, Equatable {
        case notInstalled(String)
        case failed(String, status: Int32, message: String)
        case timedOut(String, seconds: Int)
        case tooLarge(nodes: Int, limit: Int)

        public var errorDescription: String? {
            switch self {
            case .notInstalled(let program):
                "Graphviz's '\(program)' was not found on PATH: install the Debian package 'graphviz' (apt-get install graphviz), or write a .dot file"
            case .failed(let program, let status, let message):
                "\(program) failed with status \(status): \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
            case .tooLarge(let nodes, let limit):
                "a drawing of \(nodes) nodes (more than \(limit)) would not finish and could not be read: draw fewer with --max-nodes, "
                    + "--focus and --hops, --type, or --view network --top N; or write a .dot file"
            case .timedOut(let program, let seconds):
                "\(program) did not finish within \(seconds) s; draw less with --focus/--hops or --type, or write a .dot file"
            }
        }
    }

    /// The layout program for a diagram of this many nodes.
    public func program(forNodeCount count: Int) -> String {
        count > sfdpThreshold ? "sfdp" : "dot"
    }

    /// Renders `dot` in `format` (svg, png, pdf) to the file at `path`.
    public func render(_ dot: String, format: String, nodeCount: Int, to path: String) throws(RenderError) {
        guard nodeCount <= maximumNodes else { throw .tooLarge(nodes: nodeCount, limit: maximumNodes) }
        let program = program(forNodeCount: nodeCount)
        guard let executable = GraphvizRenderer.find(program) else { throw .notInstalled(program) }
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T\(format)", "-o", temporary.path]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw .failed(program, status: -1, message: error.localizedDescription) }
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let writer = input.fileHandleForWriting
        writer.write(Data(dot.utf8))
        try? writer.close()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        let status = process.terminationStatus
        guard process.terminationReason == .exit, status == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            if process.terminationReason == .uncaughtSignal { throw .timedOut(program, seconds: Int(timeout)) }
            throw .failed(program, status: status, message: String(decoding: message, as: UTF8.self))
        }
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw .failed(program, status: status, message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The path of a program on PATH.
    static func find(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

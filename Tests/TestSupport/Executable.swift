public import Foundation

/// The `communique` executable that SwiftPM built beside the test bundle.
public enum Executable {
    public static var communique: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("communique") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs `communique` with arguments in a folder, with optional standard input.
    public static func run(_ arguments: [String], in folder: URL? = nil, input: String? = nil,
                           environment: [String: String] = [:]) throws -> ProcessResult {
        try ProcessResult.run(communique, arguments, in: folder, input: input, environment: environment)
    }
}

import ArgumentParser
import Foundation
import RaptorRDF

/// The `communique` command: press releases in, a knowledge graph out.
@main
struct Communique: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communique",
        abstract: "Build a knowledge graph of people, roles, states, organizations and events from press releases.",
        discussion: """
            Exit status: 0 on success, 1 when an input or the output failed, 2 on a usage error.
            """,
        version: "0.1.0",
        subcommands: [Build.self, Find.self, RelationsCommand.self, PathCommand.self, List.self, DiagramCommand.self, Load.self, SPARQL.self]
    )

    /// Parses and runs the command, with exit status 2 for usage errors (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // The library's errors say what failed and where; RaptorError's message already names the file.
            if let failure = error as? any LocalizedError, !(error is ExitCode), let message = failure.errorDescription {
                FileHandle.standardError.write(Data(((error is RaptorError ? "" : "error: ") + message + "\n").utf8))
                Foundation.exit(1)
            }
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

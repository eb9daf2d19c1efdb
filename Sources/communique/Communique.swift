import ArgumentParser
import Foundation

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

    /// Parses and runs the command. A usage error prints `communique: error: …` and the usage block, exit 2
    /// (ArgumentParser's default is 64); any other failure is one line `communique: error: …`, exit 1.
    static func main() {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitForUsage(error)
        }
        do {
            try command.run()
        } catch let code as ExitCode {
            exit(withError: code)
        } catch let usage as ValidationError {
            exitForUsage(usage)
        } catch let failure as any LocalizedError {
            Diagnostics.error(failure.errorDescription ?? String(describing: failure))
            Foundation.exit(1)
        } catch {
            // ArgumentParser's own: a help or version request, or a usage error found while running.
            exitForUsage(error)
        }
    }

    /// Help and version requests exit 0 with their text; a usage error exits 2 with the usage block; any
    /// other error exits 1 with its message.
    private static func exitForUsage(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        guard code != .success else { exit(withError: error) }
        var message = fullMessage(for: error)
        if message.hasPrefix("Error: ") { message = Diagnostics.prefix + message.dropFirst("Error: ".count) }
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(code == .validationFailure ? 2 : 1)
    }
}

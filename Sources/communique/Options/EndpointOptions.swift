import ArgumentParser
import EndpointClient
import Foundation

/// The server a command talks to.
struct EndpointOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The server's URL. A URL without a path gets Oxigraph's: /store to load, /query to ask.", valueName: "URL"))
    var endpoint: String

    @Option(help: "Seconds one whole request may take (connecting, sending, receiving).")
    var timeout = 60

    /// The URL to use, with `defaultPath` when the one given has no path.
    func url(defaultPath: String) throws -> URL {
        guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw EndpointError.invalidURL(endpoint)
        }
        return url.path.isEmpty || url.path == "/" ? url.appendingPathComponent(defaultPath) : url
    }

    var transport: HTTPTransport { HTTPTransport(timeout: TimeInterval(timeout)) }

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be at least 1 second") }
    }
}

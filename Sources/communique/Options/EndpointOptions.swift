import ArgumentParser
import EndpointClient
import Foundation

/// The server a command talks to, and how it logs in.
struct EndpointOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The server's URL. A URL without a path gets Oxigraph's: /store to load, /query to ask.", valueName: "URL"))
    var endpoint: String

    @Option(help: "Seconds one whole request may take (connecting, sending, receiving).")
    var timeout = 60

    @Option(help: ArgumentHelp("The user to log in as (HTTP Basic or Digest); the password comes from --password-file, "
                               + "COMMUNIQUE_PASSWORD or ~/.netrc, never from the command line.", valueName: "name"))
    var user: String?

    @Option(help: ArgumentHelp("A file whose first line is the password of --user.", valueName: "file"), completion: .file())
    var passwordFile: String?

    /// The URL to use, with `defaultPath` when the one given has no path.
    func url(defaultPath: String) throws -> URL {
        guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw EndpointError.invalidURL(endpoint)
        }
        return url.path.isEmpty || url.path == "/" ? url.appendingPathComponent(defaultPath) : url
    }

    /// The credentials to answer a `401` with: `--user` with the password from `--password-file`, else
    /// `$COMMUNIQUE_PASSWORD`, else `~/.netrc` (which may also give the user, for the endpoint's host).
    func credentials(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Credentials? {
        if let passwordFile {
            guard let user else { throw ValidationError("--password-file needs --user") }
            guard let data = FileManager.default.contents(atPath: passwordFile) else {
                throw CommandFailure(message: "\(passwordFile): cannot read the password file")
            }
            let password = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            return Credentials(user: user, password: password)
        }
        if let user, let password = environment["COMMUNIQUE_PASSWORD"] { return Credentials(user: user, password: password) }
        let host = URL(string: endpoint)?.host
        let netrc = host == nil ? nil : Netrc.load(environment: environment)
        if let host, let found = netrc?.credentials(host: host, user: user) { return found }
        guard let user else { return nil }
        // The host is named only where a .netrc was read and had no entry for it.
        let at = netrc == nil ? "" : host.map { " at \($0)" } ?? ""
        throw CommandFailure(message: "no password for user '\(user)'\(at): give --password-file FILE, COMMUNIQUE_PASSWORD or a ~/.netrc entry")
    }

    func transport() throws -> HTTPTransport {
        HTTPTransport(timeout: TimeInterval(timeout), credentials: try credentials())
    }

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be at least 1 second") }
        // A password in the URL shows in the process list and the shell's history.
        if let url = URL(string: endpoint), url.user != nil || url.password != nil {
            throw ValidationError("the endpoint \(EndpointError.masked(endpoint)) holds a user name or password: give --user NAME and the "
                + "password in --password-file FILE, COMMUNIQUE_PASSWORD or ~/.netrc")
        }
    }
}

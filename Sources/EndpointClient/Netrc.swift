public import Foundation

/// The entries of a `.netrc` file, as curl and ftp read it: `machine HOST login USER password SECRET`, and a
/// `default` entry for any other host.
public struct Netrc: Sendable {
    /// One entry; `machine` is nil for `default`.
    public struct Entry: Sendable, Equatable {
        public var machine: String?
        public var login: String?
        public var password: String?
    }

    public let entries: [Entry]

    /// Parses the text of a `.netrc` file (`macdef` bodies are skipped).
    public init(text: String) {
        var entries: [Entry] = []
        var tokens = Netrc.tokens(text)[...]
        while let token = tokens.popFirst() {
            switch token {
            case "machine": entries.append(Entry(machine: tokens.popFirst()))
            case "default": entries.append(Entry(machine: nil))
            case "login" where !entries.isEmpty: entries[entries.count - 1].login = tokens.popFirst()
            case "password" where !entries.isEmpty: entries[entries.count - 1].password = tokens.popFirst()
            case "account": _ = tokens.popFirst()
            default: continue
            }
        }
        self.entries = entries
    }

    /// Reads `~/.netrc` (or `$NETRC`); nil when there is none.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> Netrc? {
        let path = environment["NETRC"] ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".netrc")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Netrc(text: String(decoding: data, as: UTF8.self))
    }

    /// The credentials for a host: its own entry (with that login, when one is asked for), else `default`.
    public func credentials(host: String, user: String? = nil) -> Credentials? {
        let fits = { (entry: Entry) in entry.password != nil && (user == nil || entry.login == user) }
        let entry = entries.first { $0.machine?.lowercased() == host.lowercased() && fits($0) } ?? entries.first { $0.machine == nil && fits($0) }
        guard let entry, let password = entry.password else { return nil }
        return Credentials(user: user ?? entry.login ?? "", password: password)
    }

    /// Whitespace-separated tokens, double-quoted ones unquoted; a `macdef` runs to the next blank line.
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        for paragraph in text.components(separatedBy: "\n\n") {
            var words: [String] = []
            var current = "", quoted = false, started = false
            for character in paragraph {
                if character == "\"" { quoted.toggle(); started = true; continue }
                if character.isWhitespace && !quoted {
                    if started { words.append(current) }
                    current = ""; started = false
                } else {
                    current.append(character); started = true
                }
            }
            if started { words.append(current) }
            // A macro's body is the rest of its paragraph.
            if let macro = words.firstIndex(of: "macdef") { words = Array(words[..<macro]) }
            out += words
        }
        return out
    }
}

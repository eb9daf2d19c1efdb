public import Foundation

/// Where the knowledge files (`states.ttl`, `organizations.ttl`, …) are found.
extension Knowledge {
    /// The knowledge folder: the one named (`--ontology`), else `$COMMUNIQUE_ONTOLOGY`, else the one the
    /// executable belongs to, found from its real path (symbolic links resolved): an `Ontology/` folder
    /// above it (a binary built inside the package, `.build/release/communique`) or `share/communique/`
    /// beside its `bin/` (an installed binary, `/usr/local/bin/communique`). Never the current folder.
    public static func locateFolder(named given: String? = nil,
                                    environment: [String: String] = ProcessInfo.processInfo.environment,
                                    executable: String? = Knowledge.executablePath()) -> String? {
        if let given { return given }
        if let named = environment["COMMUNIQUE_ONTOLOGY"], !named.isEmpty { return named }
        guard let executable else { return nil }
        return candidates(besideExecutable: executable).first(where: holdsKnowledge)
    }

    /// The folders looked in for an executable at this path, in order.
    public static func candidates(besideExecutable executable: String) -> [String] {
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        var found = [folder.deletingLastPathComponent().appendingPathComponent("share/communique").path]
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("Ontology").path
            if !found.contains(candidate) { found.append(candidate) }
            folder = folder.deletingLastPathComponent()
        }
        return found
    }

    /// Whether a folder holds the knowledge files.
    static func holdsKnowledge(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("states.ttl"))
    }

    /// The running executable's real path: `/proc/self/exe` on Linux, else the first argument as found on
    /// the `PATH`.
    public static func executablePath() -> String? {
        if let real = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return real }
        let first = CommandLine.arguments.first ?? ""
        if first.contains("/") { return first }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return folders.map { ($0 as NSString).appendingPathComponent(first) }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

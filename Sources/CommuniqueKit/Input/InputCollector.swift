import Foundation

/// Turns the files and folders a user names into the list of press-release files to read.
public struct InputCollector: Sendable {
    /// The extensions of press-release files inside a folder (text and pages); a file named directly may
    /// have any.
    public var extensions: Set<String> = Set(["txt"]).union(ReleaseFileReader.pageExtensions)
    /// The document name of standard input (`-`).
    public var standardInputName = "stdin.txt"

    public init() {}

    /// The files to read, in a stable order, and an error for each input that gave none.
    ///
    /// Folders are searched recursively for `.txt`, `.html` and `.htm` files, sorted by path, each named by its path inside the
    /// folder; a file named directly is named by its file name; a file named twice is read once.
    public func collect(_ paths: [String]) -> (files: [InputFile], errors: [InputError]) {
        var files: [InputFile] = []
        var seen = Set<String>()
        var folders = ResolvedFolders()
        var errors: [InputError] = []
        let manager = FileManager.default
        for path in paths {
            if path == InputFile.standardInputPath {
                if seen.insert(path).inserted { files.append(InputFile(path: path, name: standardInputName)) }
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                errors.append(InputError(path: path, reason: InputCollector.brokenLink(at: path) ?? .missing))
                continue
            }
            var found: [InputFile] = []
            if isFolder.boolValue {
                // A folder named through a link is walked where the link leads (the walk would not enter the
                // link); its files keep the path and the names of the folder as named.
                guard let walker = manager.enumerator(atPath: InputCollector.identity(of: path)) else {
                    errors.append(InputError(path: path, reason: .unreadable("cannot list the folder")))
                    continue
                }
                for case let relative as String in walker where extensions.contains(InputCollector.fileExtension(of: relative).lowercased()) {
                    let full = (path as NSString).appendingPathComponent(relative)
                    var sub: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &sub) {
                        if !sub.boolValue { found.append(InputFile(path: full, name: InputCollector.standardized(relative))) }
                    } else if let broken = InputCollector.brokenLink(at: full) {
                        // A link that leads nowhere is reported, never skipped in silence.
                        errors.append(InputError(path: full, reason: broken))
                    }
                }
                found.sort { $0.path < $1.path }
                if found.isEmpty { errors.append(InputError(path: path, reason: .emptyFolder)) }
            } else {
                found = [InputFile(path: path, name: (path as NSString).lastPathComponent)]
            }
            for file in found where seen.insert(folders.identity(of: file.path)).inserted {
                files.append(file)
            }
        }
        return (files, errors)
    }

    /// The extension of a path's last component, as `NSString.pathExtension` tells it: what follows its
    /// last dot, unless that dot begins the name (".profile" has none); trailing slashes are not part of it.
    static func fileExtension(of path: String) -> String {
        let bytes = path.utf8
        var end = bytes.endIndex
        while end > bytes.index(after: bytes.startIndex), bytes[bytes.index(before: end)] == UInt8(ascii: "/") { end = bytes.index(before: end) }
        let name = bytes[..<end]
        let start = name.lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex
        guard let dot = name[start...].lastIndex(of: UInt8(ascii: ".")), dot != start else { return "" }
        return String(decoding: name[bytes.index(after: dot)...], as: UTF8.self)
    }

    /// A relative path inside a folder, standardized: what a folder's walk lists needs no work unless it
    /// starts with a tilde (which standardizing expands), or holds empty or dot components.
    static func standardized(_ relative: String) -> String {
        let plain = !relative.hasPrefix("~") && !relative.hasPrefix("./") && !relative.hasSuffix("/") && !relative.hasSuffix("/.")
            && relative != "." && !relative.containsBytes(of: "//") && !relative.containsBytes(of: "/./")
        return plain ? relative : (relative as NSString).standardizingPath
    }

    /// The one path of a file however it is named: the C library's `realpath` (links resolved, absolute),
    /// or Foundation's standardized path where that fails.
    static func identity(of path: String) -> String {
        resolvedPath(of: path) ?? (path as NSString).standardizingPath
    }

    /// The C library's `realpath` of a path, nil where it fails.
    static func resolvedPath(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Why a path that exists as a symbolic link leads to no file: a loop or a missing target.
    static func brokenLink(at path: String) -> InputError.Reason? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return nil }
        var info = stat()
        if stat(path, &info) != 0, errno == ELOOP { return .linkLoop }
        return .danglingLink(target: target)
    }
}

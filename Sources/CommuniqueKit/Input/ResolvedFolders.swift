import Foundation

/// The one path of each file of a walk, found with one `lstat` a file and one `realpath` a folder: a file
/// that is no link is its resolved folder and its name, which is what `realpath` of the file gives, without
/// the `getcwd` and the `readlink` of every component that `realpath` costs each file.
struct ResolvedFolders {
    /// Each folder's `realpath`, or nil where it failed.
    private var resolved: [String: String?] = [:]

    /// The path `InputCollector.identity(of:)` gives for `path`.
    mutating func identity(of path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFLNK,
              let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return InputCollector.identity(of: path) }
        let name = String(path[path.utf8.index(after: slash)...])
        guard !name.isEmpty, name != ".", name != ".." else { return InputCollector.identity(of: path) }
        let folder = slash == path.utf8.startIndex ? "/" : String(path[..<slash])
        guard let real = resolvedPath(of: folder) else { return InputCollector.identity(of: path) }
        return real.hasSuffix("/") ? real + name : real + "/" + name
    }

    /// The folder's `realpath`, asked once.
    private mutating func resolvedPath(of folder: String) -> String? {
        if let known = resolved[folder] { return known }
        let real = InputCollector.resolvedPath(of: folder)
        resolved[folder] = .some(real)
        return real
    }
}

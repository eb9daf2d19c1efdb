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
                guard let walker = manager.enumerator(atPath: path) else {
                    errors.append(InputError(path: path, reason: .unreadable("cannot list the folder")))
                    continue
                }
                for case let relative as String in walker
                where extensions.contains((relative as NSString).pathExtension.lowercased()) {
                    let full = (path as NSString).appendingPathComponent(relative)
                    var sub: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &sub) {
                        if !sub.boolValue { found.append(InputFile(path: full, name: (relative as NSString).standardizingPath)) }
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
            for file in found where seen.insert((file.path as NSString).standardizingPath).inserted {
                files.append(file)
            }
        }
        return (files, errors)
    }

    /// Why a path that exists as a symbolic link leads to no file: a loop or a missing target.
    static func brokenLink(at path: String) -> InputError.Reason? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return nil }
        var info = stat()
        if stat(path, &info) != 0, errno == ELOOP { return .linkLoop }
        return .danglingLink(target: target)
    }
}

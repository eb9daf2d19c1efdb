public import Foundation

/// Scratch folders and the folder of kept outputs that CI re-reads with independent RDF parsers.
public enum TestFiles {
    /// The package root, found from this source file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new empty folder under the system's temporary folder, removed when the test process exits.
    public static func scratchFolder(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("communique-tests-\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        ScratchFolders.remember(url)
        return url
    }

    /// Keeps a copy of an RDF file the tests wrote, under `COMMUNIQUE_TEST_OUTPUT` when that is set.
    ///
    /// `Scripts/validate-test-outputs.sh` then parses every kept file with Oxigraph and with rapper.
    public static func keep(_ file: URL, as name: String) throws {
        guard let folder = ProcessInfo.processInfo.environment["COMMUNIQUE_TEST_OUTPUT"], !folder.isEmpty else { return }
        let destination = URL(fileURLWithPath: folder).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.copyItem(at: file, to: destination)
    }

    /// Keeps RDF text the tests produced, as a file named `name`.
    public static func keep(text: String, as name: String) throws {
        let folder = try scratchFolder("keep")
        let file = folder.appendingPathComponent((name as NSString).lastPathComponent)
        try text.write(to: file, atomically: true, encoding: .utf8)
        try keep(file, as: name)
    }
}

import Foundation

/// The scratch folders of this test process, removed when it exits (the outputs CI re-reads are copies,
/// kept under `COMMUNIQUE_TEST_OUTPUT`).
enum ScratchFolders {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var folders: [URL] = []
    private static let registered: Void = { atexit { ScratchFolders.removeAll() } }()

    static func remember(_ url: URL) {
        _ = registered
        lock.lock()
        folders.append(url)
        lock.unlock()
    }

    private static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders.removeAll()
    }
}

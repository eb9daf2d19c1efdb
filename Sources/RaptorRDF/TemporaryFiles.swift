#if canImport(Glibc)
import Glibc
#endif

/// The temporary files open for writing, kept as C strings in fixed slots so that a signal handler can
/// remove them with nothing but `unlink`, which is safe to call there.
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()

    private static let slotCount = 16
    private let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    private init() {
        slots = .allocate(capacity: TemporaryFiles.slotCount)
        slots.initialize(repeating: nil, count: TemporaryFiles.slotCount)
        pthread_mutex_init(lock, nil)
    }

    /// Remembers a temporary file (beyond the slots it is still removed on failure, not on a signal).
    func add(_ path: String) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        for i in 0..<TemporaryFiles.slotCount where slots[i] == nil {
            slots[i] = strdup(path)
            return
        }
    }

    /// Forgets a temporary file that was renamed or removed.
    func remove(_ path: String) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        for i in 0..<TemporaryFiles.slotCount {
            if let slot = slots[i], String(cString: slot) == path {
                slots[i] = nil
                free(slot)
            }
        }
    }

    /// Removes every remembered file; called from a signal handler, so it takes no lock and frees nothing.
    func unlinkAllForSignal() {
        for i in 0..<TemporaryFiles.slotCount {
            if let slot = slots[i] { unlink(slot) }
        }
    }
}

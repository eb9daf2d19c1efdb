#if canImport(Glibc)
import Glibc
#endif

/// Writes bytes to a file descriptor through a page-aligned buffer of 4 MiB, each full buffer straight
/// to the disk where the file system allows it.
///
/// A full buffer is written with `O_DIRECT`: the kernel hands it to the disk from here instead of copying it
/// into new pages of its page cache. Getting those pages is most of what writing a large file costs the
/// kernel, and on a virtual machine whose free memory goes back to the host it is about ten times what it is
/// on bare metal (500 MB: 1.3 s of system time through the page cache, 0.08 s direct, on the machine of
/// `Examples/benchmarks.md`). The last, partial buffer goes through the page cache, since `O_DIRECT` takes
/// whole blocks only; so does everything where `O_DIRECT` is refused (tmpfs on older kernels, a pipe, a
/// device), or once a direct write fails as unaligned.
final class DescriptorWriter {
    static let bufferSize = 4 << 20
    /// The alignment of the buffer and of every direct write's offset and length: a page, a multiple of every
    /// common block size.
    static let alignment = 4096
    private let descriptor: Int32
    private let buffer: UnsafeMutableRawPointer
    private var used = 0
    /// Whether full buffers are written with `O_DIRECT`.
    private(set) var direct: Bool

    /// A writer to `descriptor`, which it neither owns nor closes; `direct` asks for `O_DIRECT` (kept only if
    /// the descriptor takes it).
    init(descriptor: Int32, direct: Bool) {
        self.descriptor = descriptor
        buffer = UnsafeMutableRawPointer.allocate(byteCount: DescriptorWriter.bufferSize, alignment: DescriptorWriter.alignment)
        self.direct = direct && DescriptorWriter.setDirect(true, descriptor: descriptor)
    }

    deinit {
        buffer.deallocate()
    }

    /// Adds bytes, writing each buffer that fills.
    func write(_ bytes: UnsafeRawBufferPointer) throws(RaptorError) {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let count = min(left, DescriptorWriter.bufferSize - used)
            (buffer + used).copyMemory(from: next, byteCount: count)
            used += count
            next += count
            left -= count
            if used == DescriptorWriter.bufferSize { try drain() }
        }
    }

    /// Writes what the buffer holds, through the page cache: call once, at the end (no later write is direct).
    func flush() throws(RaptorError) {
        stopDirect()
        try drain()
    }

    /// Writes the buffer's bytes and empties it; a direct write refused or cut short ends direct writing and
    /// the rest goes through the page cache.
    private func drain() throws(RaptorError) {
        var written = 0
        while written < used {
            let count = Glibc.write(descriptor, buffer + written, used - written)
            if count > 0 {
                written += count
                if written < used { stopDirect() }
            } else if count < 0, errno == EINTR {
                continue
            } else if count < 0, errno == EINVAL, direct {
                stopDirect()
            } else {
                let reason = count == 0 ? "no byte was written" : String(cString: strerror(errno))
                throw RaptorError("cannot write: \(reason)")
            }
        }
        used = 0
    }

    private func stopDirect() {
        guard direct else { return }
        direct = false
        _ = DescriptorWriter.setDirect(false, descriptor: descriptor)
    }

    /// Linux's `O_DIRECT`, which Glibc's module leaves out (it is a GNU extension); its value depends on the
    /// processor. Nil where it is not known here: writes then always go through the page cache.
    static var directFlag: Int32? {
        #if os(Linux) && (arch(x86_64) || arch(i386))
        return 0o40000
        #elseif os(Linux) && arch(arm64)
        return 0o200000
        #else
        return nil
        #endif
    }

    /// Sets or clears `O_DIRECT` on the descriptor; false when it cannot.
    private static func setDirect(_ enabled: Bool, descriptor: Int32) -> Bool {
        guard let direct = directFlag else { return false }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0 else { return false }
        return fcntl(descriptor, F_SETFL, enabled ? flags | direct : flags & ~direct) == 0
    }
}

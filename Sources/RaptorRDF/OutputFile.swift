#if canImport(Glibc)
import Glibc
#endif

/// A file being written whole or not at all: what `Graph.write(as:toFile:)` and `RDFStream` write through.
///
/// - A regular file, or a path where nothing is yet, is written to a temporary file in the same folder —
///   created exclusively (`O_CREAT | O_EXCL | O_NOFOLLOW`) under a random name, so nothing planted there can
///   redirect it — and renamed over the target once complete, keeping an existing file's permissions (a new
///   file gets the umask's). Its bytes go straight to the disk where they can (see `DescriptorWriter`).
/// - A symbolic link is followed to its target, which is replaced; the link stays.
/// - Anything else (`/dev/null`, `/dev/stdout`, a pipe) is written directly and never renamed over.
/// - While the file is open, SIGINT, SIGTERM and SIGHUP remove the temporary file before the process ends
///   with 128 + the signal's number (`OutputFile.removeOnSignals()`).
public final class OutputFile {
    /// The path the user named, for messages.
    let path: String
    private let descriptor: Int32
    private let writer: DescriptorWriter
    /// The temporary file renamed over `target` on commit; nil when writing directly.
    private let temporary: String?
    private let target: String
    private var finished = false

    /// Opens the output at `path`.
    init(path: String) throws(RaptorError) {
        self.path = path
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists, (info.st_mode & S_IFMT) != S_IFREG {
            // A device, a pipe, a terminal (through whatever links, "/dev/stdout" too): written directly.
            target = path
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw OutputFile.failure("cannot open the output", path) }
            temporary = nil
            writer = DescriptorWriter(descriptor: descriptor, direct: false)
            return
        }
        target = OutputFile.resolvingLinks(path)
        // A signal between creating the temporary file and remembering it would leave it behind.
        var signals = sigset_t(), previous = sigset_t()
        sigemptyset(&signals)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, number) }
        pthread_sigmask(SIG_BLOCK, &signals, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let (fd, name) = try OutputFile.createTemporary(besides: target, path: path)
        TemporaryFiles.shared.add(name)
        if exists, fchmod(fd, info.st_mode & 0o7777) != 0 {
            close(fd)
            unlink(name)
            TemporaryFiles.shared.remove(name)
            throw OutputFile.failure("cannot keep the output's permissions", path)
        }
        descriptor = fd
        temporary = name
        writer = DescriptorWriter(descriptor: fd, direct: true)
    }

    /// Standard output, through a descriptor of its own (closing it leaves descriptor 1 open); `path` names
    /// it in messages.
    init(standardOutputNamed path: String) throws(RaptorError) {
        self.path = path
        target = path
        descriptor = dup(1)
        guard descriptor >= 0 else { throw RaptorError("cannot write to standard output: \(String(cString: strerror(errno)))") }
        temporary = nil
        writer = DescriptorWriter(descriptor: descriptor, direct: false)
    }

    deinit {
        if !finished { abandon() }
    }

    /// Whether full buffers go to the disk with `O_DIRECT` (see `DescriptorWriter`).
    var writesDirect: Bool { writer.direct }

    /// Writes `bytes[range]` (all of them when nil) at the end of the output.
    func write(_ bytes: [UInt8], _ range: Range<Int>? = nil) throws(RaptorError) {
        let range = range ?? bytes.indices
        let failure = bytes.withUnsafeBytes { (buffer) -> RaptorError? in
            do throws(RaptorError) {
                try writer.write(UnsafeRawBufferPointer(rebasing: buffer[range]))
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure.located(in: path) }
    }

    /// Writes what is held, closes the file and puts it in place.
    func commit() throws(RaptorError) {
        finished = true
        do {
            try writer.flush()
        } catch {
            close(descriptor)
            removeTemporary()
            throw error.located(in: path)
        }
        guard close(descriptor) == 0 else {
            let error = OutputFile.failure("cannot write the file", path)
            removeTemporary()
            throw error
        }
        guard let temporary else { return }
        guard rename(temporary, target) == 0 else {
            let error = OutputFile.failure("cannot rename the finished file into place", path)
            removeTemporary()
            throw error
        }
        TemporaryFiles.shared.remove(temporary)
    }

    /// Closes the file and removes the temporary file: the target stays as it was.
    func abandon() {
        guard !finished else { return }
        finished = true
        close(descriptor)
        removeTemporary()
    }

    private func removeTemporary() {
        guard let temporary else { return }
        unlink(temporary)
        TemporaryFiles.shared.remove(temporary)
    }

    /// The path a chain of symbolic links leads to (the path itself when it is no link), relative links
    /// read from the folder of the link.
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<32 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if link.hasPrefix("/") {
                current = link
            } else {
                let folder = current.lastIndex(of: "/").map { String(current[...$0]) } ?? ""
                current = folder + link
            }
        }
        return current
    }

    /// Creates `.<name>.<random>.tmp` beside the target, exclusively, never through a link.
    private static func createTemporary(besides target: String, path: String) throws(RaptorError) -> (Int32, String) {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        for _ in 0..<100 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let candidate = "\(folder).\(name).\(suffix).tmp"
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, candidate) }
            guard errno == EEXIST else { throw failure("cannot create the file", path) }
        }
        throw failure("cannot create a temporary file", path)
    }

    private static func failure(_ what: String, _ path: String) -> RaptorError {
        RaptorError("\(what): \(String(cString: strerror(errno)))", file: path)
    }

    /// Makes SIGINT, SIGTERM and SIGHUP remove the temporary files still open, then end the process with
    /// 128 + the signal's number (130, 143, 129). Call once, early, in a program that writes outputs.
    public static func removeOnSignals() {
        _ = TemporaryFiles.shared  // made now, not first in a signal handler
        // A parent may have started us with these signals blocked: they must reach the handler.
        var set = sigset_t()
        sigemptyset(&set)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { received in
                TemporaryFiles.shared.unlinkAllForSignal()
                _exit(128 + received)
            }
        }
    }
}

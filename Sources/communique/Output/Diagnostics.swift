import Foundation

/// Messages for the user, on standard error so they never mix with data on standard output.
enum Diagnostics {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((VisibleText.escaped(message, keepingLineBreaks: true) + "\n").utf8))
    }

    /// A failure, as one line `communique: error: <what failed>` (the file and line first where known).
    static func error(_ message: String) {
        print(prefix + message)
    }

    /// What every failure line opens with.
    static let prefix = "communique: error: "
}

/// A command that failed for a reason the user can act on; printed as `communique: error: <message>`, exit status 1.
struct CommandFailure: LocalizedError {
    let message: String
    var errorDescription: String? { message }
}

/// Progress of a long build on standard error, on a terminal only: documents done, rate, time left.
final class ProgressMeter: @unchecked Sendable {
    private let started = Date()
    private var lastShown = Date.distantPast
    private var shown = false
    private let enabled = isatty(STDERR_FILENO) == 1

    func update(done: Int, total: Int) {
        guard enabled, total >= 1000 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.25 || done == total else { return }
        lastShown = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let line = String(format: "\r%d/%d documents, %.0f/s, %@ left ", done, total, rate, ProgressMeter.duration(left))
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    /// Clears the progress line.
    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600) h \(s % 3600 / 60) min" : s >= 60 ? "\(s / 60) min \(s % 60) s" : "\(s) s"
    }
}

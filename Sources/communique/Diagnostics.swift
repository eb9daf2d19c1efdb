import Foundation

/// Messages for the user, on standard error so they never mix with data on standard output.
enum Diagnostics {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// A command that failed for a reason the user can act on; printed as `error: <message>`, exit status 1.
struct CommandFailure: LocalizedError {
    let message: String
    var errorDescription: String? { message }
}

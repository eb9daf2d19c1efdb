import Foundation

/// Messages for the user, on standard error so they never mix with data on standard output.
enum Diagnostics {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

import Foundation

/// Reads press-release text files of either shape into `PressRelease` values.
///
/// ```swift
/// let release = try ReleaseFileReader().read(fileAt: "Fixtures/press-releases/004.txt")
/// release.headline        // "International co-operation to fight drug trafficking …"
/// release.datePublished   // 2008-07-17, from "VIENNA, 17 July 2008 - …"
/// ```
public struct ReleaseFileReader: Sendable {
    /// The largest file read, in bytes: a larger one is reported and skipped, so that memory per document
    /// stays bounded (press releases are a few kilobytes).
    public var maxDocumentSize: Int

    /// The default limit: 4 MiB.
    public static let defaultMaxDocumentSize = 4 << 20

    public init(maxDocumentSize: Int = ReleaseFileReader.defaultMaxDocumentSize) {
        self.maxDocumentSize = maxDocumentSize
    }

    /// Reads and parses a file, named by its file name; errors name the file.
    public func read(fileAt path: String) throws(InputError) -> PressRelease {
        try read(InputFile(path: path, name: (path as NSString).lastPathComponent))
    }

    /// Reads and parses one input (a file, or standard input for `-`) under its document name; errors name
    /// the file.
    public func read(_ input: InputFile) throws(InputError) -> PressRelease {
        let data = input.isStandardInput ? try readStandardInput() : try readFile(at: input.path)
        if ReleaseFileReader.isPage(input.name) { return try readPage(data, input: input) }
        let (text, removed) = try decode(data, path: input.path)
        var release = parse(text, fileName: input.name)
        release.removedScalars = removed
        // Only a file whose text changed keeps its own copy (a byte-order mark or CRs).
        if !ReleaseFileReader.isSame(text, as: data) { release.fileText = String(decoding: data, as: UTF8.self) }
        return release
    }

    /// Whether a text's UTF-8 bytes are the data's, compared as memory.
    static func isSame(_ text: String, as data: Data) -> Bool {
        var text = text
        guard text.utf8.count == data.count else { return false }
        guard !data.isEmpty else { return true }
        return text.withUTF8 { bytes in data.withUnsafeBytes { raw in memcmp(bytes.baseAddress!, raw.baseAddress!, data.count) == 0 } }
    }

    /// The bytes of a file, read through one descriptor whose `fstat` tells a folder and the size, so that a
    /// file over the limit is refused before it is read (FileManager's attributes of an item also look its
    /// owner and group up in /etc/passwd and /etc/group, for every file).
    private func readFile(at path: String) throws(InputError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw InputError(path: path, reason: code == ENOENT || code == ENOTDIR ? .missing : .unreadable(ReleaseFileReader.reason(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw InputError(path: path, reason: .unreadable(ReleaseFileReader.reason(errno))) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw InputError(path: path, reason: .unreadable("it is a folder")) }
        let size = Int(info.st_size)
        if size > maxDocumentSize { throw InputError(path: path, reason: .tooLarge(bytes: size, limit: maxDocumentSize)) }
        // One byte more than the size, so that a file that grew since its fstat is read to its end (or refused).
        // Read into the Data returned, cut to what was read, rather than into an array copied into it.
        var data = Data(count: size + 1)
        var count = 0
        while true {
            if count == data.count { data.count += max(4096, count) }
            let got = data.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw InputError(path: path, reason: .unreadable(ReleaseFileReader.reason(errno))) }
            if got == 0 { break }
            count += got
            if count > maxDocumentSize { throw InputError(path: path, reason: .tooLarge(bytes: count, limit: maxDocumentSize)) }
        }
        data.count = count
        return data
    }

    /// The C library's words for an error number, lowercased ("permission denied").
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }

    /// Standard input to its end, refused once it passes the size limit (a pipe has no size to check first).
    private func readStandardInput() throws(InputError) -> Data {
        var data = Data()
        while true {
            let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > maxDocumentSize {
                throw InputError(path: InputFile.standardInputPath, reason: .tooLarge(bytes: data.count, limit: maxDocumentSize))
            }
        }
        return data
    }

    /// Checks and decodes the bytes of a file as UTF-8 text, line ends normalized, with the places (in
    /// scalars of the normalized text) where a scalar of the file was dropped: a byte-order mark, the CR of
    /// each CRLF.
    func decode(_ data: Data, path: String) throws(InputError) -> (text: String, removed: [Int]) {
        var bytes = [UInt8](data)
        var removed: [Int] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            removed.append(0)
        }
        if bytes.contains(0) { throw InputError(path: path, reason: .binary) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = ReleaseFileReader.firstInvalidLine(bytes)
            throw InputError(path: path, reason: .notUTF8(line: line))
        }
        guard text.contains(where: { !$0.isWhitespace }) else { throw InputError(path: path, reason: .empty) }
        guard text.containsASCII("\r") else { return (text, removed) }
        var normalized = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\r" {
                if i + 1 < scalars.count, scalars[i + 1] == "\n" {
                    removed.append(normalized.count)
                    continue
                }
                normalized.append("\n")
            } else {
                normalized.append(scalar)
            }
        }
        return (String(normalized), removed)
    }

    /// The lines of a text: split at the bytes of its line feeds, which is where its characters split when
    /// no CR is left to join one ("\r\n" is one character).
    static func lines(of text: String) -> [Substring] {
        guard !text.containsASCII("\r") else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        // The line feeds found on the bytes, then each line cut at their offsets (a UTF-8 offset of a native
        // string is an index in constant time): splitting the UTF-8 view steps an index through every byte.
        var text = text
        let feeds = text.withUTF8 { bytes in bytes.indices.filter { bytes[$0] == 10 } }
        let utf8 = text.utf8
        var lines: [Substring] = [], start = utf8.startIndex
        lines.reserveCapacity(feeds.count + 1)
        for feed in feeds {
            let end = utf8.index(utf8.startIndex, offsetBy: feed)
            lines.append(Substring(utf8[start..<end]))
            start = utf8.index(after: end)
        }
        lines.append(Substring(utf8[start...]))
        return lines
    }

    /// Parses the text of a press release.
    public func parse(_ text: String, fileName: String) -> PressRelease {
        let lines = ReleaseFileReader.lines(of: text)
        var index = 0
        var shape = PressRelease.Shape.bareArticle
        if let marker = lines.firstIndex(where: { ReleaseFileReader.isShort($0) && $0.trimmingSpaces().lowercased() == "press release" }) {
            shape = .scrapedPage
            index = marker + 1
        }
        func skipBlank() {
            while index < lines.count, lines[index].trimmingSpaces().isEmpty { index += 1 }
        }
        skipBlank()
        var headline = index < lines.count ? lines[index].trimmingSpaces() : ""
        var front: FrontMatter? = nil
        if shape == .bareArticle {
            let found = FrontMatter(lines: lines)
            headline = found.headline
            index = found.bodyLine
            front = found
        } else {
            index += 1
        }

        var metadata: [String: [String]] = [:]
        var key: String? = nil
        while index < lines.count {
            let line = lines[index].trimmingSpaces()
            if line.isEmpty { index += 1; continue }
            guard line.hasPrefix("- ") || line == "-" else { break }
            let item = line.dropFirst(1).trimmingSpaces()
            if item.hasSuffix(":") {
                key = String(item.dropLast()).lowercased()
                metadata[key!, default: []] = metadata[key!] ?? []
            } else if let key {
                metadata[key, default: []].append(item)
            }
            index += 1
        }
        skipBlank()
        let bodyOffset = lines[..<min(index, lines.count)].reduce(0) { $0 + $1.scalarCount + 1 }
        let body = index < lines.count ? lines[index...].joined(separator: "\n") : ""

        let dateline = front == nil ? FrontMatter(lines: Array(lines[min(index, lines.count)...])) : front
        let metadataDate = metadata["date"]?.first.flatMap { CalendarDate(parsing: $0) }
        let metadataPlace = metadata["place"]?.first.map(Dateline.titleCased)
        func list(_ key: String) -> [String] {
            (metadata[key] ?? []).flatMap { $0.pieces(separatedBy: ", ") }
                .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        return PressRelease(
            fileName: fileName, shape: shape, headline: headline,
            datePublished: dateline?.date ?? metadataDate, place: dateline?.place ?? metadataPlace,
            sources: list("source"), fieldsOfWork: list("fields of work"),
            body: body, bodyOffset: bodyOffset, text: text)
    }

    /// Fewer than 40 characters, told without counting every character of a long line.
    static func isShort(_ line: Substring) -> Bool {
        line.utf8.count < 40 || line.index(line.startIndex, offsetBy: 40, limitedBy: line.endIndex) == nil
    }

    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1, start = 0
        for (i, byte) in bytes.enumerated() where byte == 10 {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }
}

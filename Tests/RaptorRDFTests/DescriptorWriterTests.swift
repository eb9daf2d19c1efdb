import Foundation
@testable import RaptorRDF
import TestSupport
import Testing

/// `count` bytes that repeat only every 251, so that a block written twice or skipped shows.
private func pattern(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 % 251) }
}

/// Whether the scratch folders' file system takes `O_DIRECT`, asked of a file of its own with `fcntl`.
private func scratchTakesDirect() throws -> Bool {
    let path = try TestFiles.scratchFolder("probe").appendingPathComponent("probe.bin").path
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    return fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | DescriptorWriter.directFlag!) == 0
}

/// A new empty file in a scratch folder, open for writing.
private func scratchFile(_ name: String = #function) throws -> (path: String, descriptor: Int32) {
    let path = try TestFiles.scratchFolder(name).appendingPathComponent("out.bin").path
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    try #require(descriptor >= 0)
    return (path, descriptor)
}

@Suite struct DescriptorWriterTests {
    static let size = DescriptorWriter.bufferSize

    /// Byte counts around the buffer's size and the alignment, written in pieces of 1,000 bytes and of
    /// everything at once.
    @Test(arguments: [0, 1, 4_095, 4_096, size - 1, size, size + 1, 2 * size + 12_345], [1_000, Int.max])
    func fileHoldsEveryByteInOrder(count: Int, piece: Int) throws {
        let (path, descriptor) = try scratchFile()
        let bytes = pattern(count)
        let writer = DescriptorWriter(descriptor: descriptor, direct: true)
        var start = 0
        while start < count {
            let end = min(count, start &+ piece)
            try bytes[start..<end].withUnsafeBytes { try writer.write($0) }
            start = end
        }
        try writer.flush()
        #expect(close(descriptor) == 0)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written.count == count)
        #expect(written == bytes)
    }

    @Test func fullBuffersOfAFileGoDirectAndTheTailThroughThePageCache() throws {
        let (path, descriptor) = try scratchFile()
        let writer = DescriptorWriter(descriptor: descriptor, direct: true)
        // Direct wherever the file system takes it (ext4, tmpfs since Linux 6.6), else through the page cache.
        let direct = try scratchTakesDirect()
        #expect(writer.direct == direct)
        let bytes = pattern(Self.size + 100)
        try bytes.withUnsafeBytes { try writer.write($0) }
        #expect(writer.direct == direct, "the full buffer was written as the file system allows")
        try writer.flush()
        #expect(!writer.direct)
        let flags = fcntl(descriptor, F_GETFL)
        #expect(flags & DescriptorWriter.directFlag! == 0, "O_DIRECT is cleared before the tail")
        close(descriptor)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    }

    @Test func writerNotAskedForDirectWritesThroughThePageCache() throws {
        let (_, descriptor) = try scratchFile()
        defer { close(descriptor) }
        let writer = DescriptorWriter(descriptor: descriptor, direct: false)
        #expect(!writer.direct)
        #expect(fcntl(descriptor, F_GETFL) & DescriptorWriter.directFlag! == 0)
    }

    @Test func fullDiskIsAnErrorThatNamesTheCause() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let writer = DescriptorWriter(descriptor: descriptor, direct: false)
        // Held in the buffer until it fills or is flushed.
        try pattern(10).withUnsafeBytes { try writer.write($0) }
        let error = #expect(throws: RaptorError.self) { try writer.flush() }
        #expect(error?.message == "cannot write: \(String(cString: strerror(ENOSPC)))")
    }

    @Test func outputFileWritesARegularFileDirectButADeviceNot() throws {
        let path = try TestFiles.scratchFolder().appendingPathComponent("graph.nt").path
        let file = try OutputFile(path: path)
        #expect(file.writesDirect == (try scratchTakesDirect()))
        try file.write(pattern(Self.size + 7))
        try file.commit()
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == pattern(Self.size + 7))
        let device = try OutputFile(path: "/dev/null")
        #expect(!device.writesDirect)
        device.abandon()
    }
}

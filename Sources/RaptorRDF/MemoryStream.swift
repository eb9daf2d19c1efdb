import CRaptor
#if canImport(Glibc)
import Glibc
#endif

/// Owns one `raptor_iostream` that writes into memory: what Raptor serializers write through when the
/// bytes are wanted in the program (a statement's line, a Turtle batch) rather than in a C `FILE*`, whose
/// every byte would take the stream's lock.
final class MemoryStream {
    let pointer: OpaquePointer
    /// The handler's context: a plain pointer, so that a byte costs no reference counting.
    private let bytes: UnsafeMutablePointer<Bytes>

    /// The bytes written, grown by doubling.
    struct Bytes {
        var start: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        mutating func append(_ source: UnsafeRawPointer, _ length: Int) {
            if count + length > capacity { grow(to: count + length) }
            (start + count).update(from: source.assumingMemoryBound(to: UInt8.self), count: length)
            count += length
        }

        @inline(__always) mutating func append(_ byte: UInt8) {
            if count == capacity { grow(to: count + 1) }
            start[count] = byte
            count += 1
        }

        private mutating func grow(to needed: Int) {
            var grown = capacity * 2
            while grown < needed { grown *= 2 }
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            moved.update(from: start, count: count)
            start.deallocate()
            start = moved
            capacity = grown
        }
    }

    /// One handler for every memory stream, never freed: Raptor keeps a pointer to it, not a copy.
    private nonisolated(unsafe) static let handler: UnsafeMutablePointer<raptor_iostream_handler> = {
        let handler = UnsafeMutablePointer<raptor_iostream_handler>.allocate(capacity: 1)
        handler.initialize(to: raptor_iostream_handler())
        handler.pointee.version = 2
        handler.pointee.write_byte = { context, byte in
            guard let context else { return 1 }
            context.assumingMemoryBound(to: Bytes.self).pointee.append(UInt8(truncatingIfNeeded: byte))
            return 0
        }
        handler.pointee.write_bytes = { context, source, size, count in
            guard let context, let source else { return 0 }
            context.assumingMemoryBound(to: Bytes.self).pointee.append(source, size * count)
            return Int32(truncatingIfNeeded: count)
        }
        return handler
    }()

    init(world: RaptorWorld, capacity: Int = 1 << 16) throws(RaptorError) {
        let bytes = UnsafeMutablePointer<Bytes>.allocate(capacity: 1)
        let capacity = max(16, capacity)
        bytes.initialize(to: Bytes(start: .allocate(capacity: capacity), capacity: capacity))
        guard let stream = raptor_new_iostream_from_handler(world.pointer, bytes, MemoryStream.handler) else {
            bytes.pointee.start.deallocate()
            bytes.deallocate()
            throw world.takeError() ?? RaptorError("cannot open a Raptor stream into memory")
        }
        self.bytes = bytes
        pointer = stream
    }

    deinit {
        raptor_free_iostream(pointer)
        bytes.pointee.start.deallocate()
        bytes.deallocate()
    }

    /// The number of bytes written so far.
    var count: Int { bytes.pointee.count }

    /// The bytes written since the last `take()`, and the stream emptied.
    func take() -> [UInt8] {
        defer { bytes.pointee.count = 0 }
        return Array(UnsafeBufferPointer(start: bytes.pointee.start, count: bytes.pointee.count))
    }
}

import CRaptor
#if canImport(Glibc)
import Glibc
#endif

/// Owns one `raptor_iostream` that writes into memory (through the C handler of `shim.h`): what Raptor
/// serializers write through when the bytes are wanted in the program (a statement's line, a Turtle batch)
/// rather than in a C `FILE*`, whose every byte would take the stream's lock.
final class MemoryStream {
    let pointer: OpaquePointer
    /// The handler's context, owned here.
    private let bytes: UnsafeMutablePointer<craptor_bytes>

    init(world: RaptorWorld) throws(RaptorError) {
        let bytes = UnsafeMutablePointer<craptor_bytes>.allocate(capacity: 1)
        bytes.initialize(to: craptor_bytes(start: nil, count: 0, capacity: 0, failed: 0))
        guard let stream = raptor_new_iostream_from_handler(world.pointer, bytes, craptor_bytes_handler()) else {
            bytes.deallocate()
            throw world.takeError() ?? RaptorError("cannot open a Raptor stream into memory")
        }
        self.bytes = bytes
        pointer = stream
    }

    deinit {
        raptor_free_iostream(pointer)
        free(bytes.pointee.start)
        bytes.deallocate()
    }

    /// The number of bytes written so far.
    var count: Int { bytes.pointee.count }

    /// The bytes written since the last `take()`, and the stream emptied; throws when memory ran out.
    func take() throws(RaptorError) -> [UInt8] {
        defer {
            bytes.pointee.count = 0
            bytes.pointee.failed = 0
        }
        guard bytes.pointee.failed == 0 else { throw RaptorError("out of memory while serializing") }
        guard let start = bytes.pointee.start else { return [] }
        return Array(UnsafeBufferPointer(start: start, count: bytes.pointee.count))
    }
}

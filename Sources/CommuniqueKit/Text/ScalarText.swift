/// A text as Unicode scalars (the offsets of the output) with its UTF-8 bytes, so that a stretch given in
/// scalar offsets becomes a String by copying bytes, not by appending scalars one at a time.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]
    private let bytes: [UInt8]
    /// The UTF-8 offset of each scalar, and the byte count at the end.
    private let offsets: [Int]

    /// Reads the scalars and their offsets in one pass over the bytes, decoding UTF-8 by hand (a String's
    /// bytes are valid UTF-8) into arrays of the bytes' count, instead of counting the scalars and then
    /// copying them, or appending one at a time.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        var scalars: [Unicode.Scalar] = []
        let offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { offsets, offsetCount in
            var count = 0
            scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, scalarCount in
                count = ScalarText.decode(bytes, into: scalars, offsets: offsets)
                scalarCount = count
            }
            offsets[count] = bytes.count
            offsetCount = count + 1
        }
        self.scalars = scalars
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Decodes the UTF-8 bytes into scalars, with each one's byte offset, and returns how many there are.
    private static func decode(_ bytes: [UInt8], into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
                               offsets: UnsafeMutableBufferPointer<Int>) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var i = 0, n = 0
            while i < bytes.count {
                // Eight ASCII bytes are eight scalars, taken in one step.
                if i + 8 <= bytes.count,
                   UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    for k in 0..<8 {
                        offsets[n + k] = i + k
                        scalars[n + k] = Unicode.Scalar(bytes[i + k])
                    }
                    i += 8
                    n += 8
                    continue
                }
                let lead = bytes[i]
                offsets[n] = i
                if lead < 0x80 {
                    scalars[n] = Unicode.Scalar(lead)
                    i += 1
                } else {
                    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    scalars[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    i += width
                }
                n += 1
            }
            return n
        }
    }

    var count: Int { scalars.count }

    /// Calls `body` with the scalars, the bytes and the byte offset of each scalar (and of the end).
    func withBuffers<Result>(
        _ body: (UnsafeBufferPointer<Unicode.Scalar>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int>) -> Result
    ) -> Result {
        scalars.withUnsafeBufferPointer { scalars in
            bytes.withUnsafeBufferPointer { bytes in offsets.withUnsafeBufferPointer { offsets in body(scalars, bytes, offsets) } }
        }
    }

    /// The scalars `from..<to` as a String.
    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[offsets[from]..<offsets[to]], as: UTF8.self)
    }
}

/// A text as Unicode scalars (the offsets of the output) with its UTF-8 bytes, so that a stretch given in
/// scalar offsets becomes a String by copying bytes, not by appending scalars one at a time.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]
    private let bytes: [UInt8]
    /// The UTF-8 offset of each scalar, and the byte count at the end.
    private let offsets: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        bytes = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    var count: Int { scalars.count }

    /// The scalars `from..<to` as a String.
    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[offsets[from]..<offsets[to]], as: UTF8.self)
    }
}

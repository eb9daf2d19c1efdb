/// A set of ASCII bytes, as a table of all 256 byte values: membership is one load.
struct ASCIIByteSet {
    private var table = [Bool](repeating: false, count: 256)

    /// Whether `byte` is in the set; bytes from 0x80 never are.
    func contains(_ byte: UInt8) -> Bool { table[Int(byte)] }

    /// Adds an ASCII byte; a byte from 0x80 is ignored.
    mutating func insert(_ byte: UInt8) {
        if byte < 0x80 { table[Int(byte)] = true }
    }

    /// The bytes of the set, in increasing order.
    var bytes: [UInt8] { (0..<128).map(UInt8.init).filter(contains) }

    /// Whether every byte of `text` is in the set.
    func containsAll(of text: UnsafeBufferPointer<UInt8>) -> Bool {
        table.withUnsafeBufferPointer { table in
            for byte in text where !table[Int(byte)] { return false }
            return true
        }
    }
}

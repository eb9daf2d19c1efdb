/// How Raptor writes each character inside one kind of string (an IRI, a lexical form): unchanged, as an
/// escape, or not known. Learnt from Raptor, it spells a string of known characters without Raptor.
///
/// ASCII bytes are learnt one by one. Raptor writes every character beyond ASCII alike, as its UTF-8 bytes
/// or as a `\u` escape of four hexadecimal digits (`\U` and eight beyond U+FFFF), so those are learnt from a
/// few samples; the two its UTF-8 reader refuses (U+FFFE, U+FFFF) are learnt on their own.
struct ByteSpelling {
    /// How characters beyond ASCII are written.
    enum BeyondASCII { case unknown, unchanged, hexEscaped }

    /// By byte value: 0 not known, 1 written unchanged, 2 written as its escape (ASCII only), 3 the first
    /// byte of a character beyond ASCII that is read whole (to escape it, or to tell U+FFFE and U+FFFF).
    private var kinds = [UInt8](repeating: 0, count: 256)
    private var escapes = [[UInt8]](repeating: [], count: 128)
    private(set) var beyondASCII = BeyondASCII.unknown
    /// Whether U+FFFE and U+FFFF are written like the other characters beyond ASCII.
    private var writesNoncharacters = false
    private static let unknown: UInt8 = 0, unchanged: UInt8 = 1, escaped: UInt8 = 2, beyond: UInt8 = 3

    /// Records that Raptor writes the ASCII byte `byte` as `written`; a byte from 0x80 is ignored.
    mutating func learn(_ byte: UInt8, writtenAs written: [UInt8]) {
        guard byte < 0x80 else { return }
        if written == [byte] {
            kinds[Int(byte)] = ByteSpelling.unchanged
        } else {
            kinds[Int(byte)] = ByteSpelling.escaped
            escapes[Int(byte)] = written
        }
    }

    /// Records how Raptor writes characters beyond ASCII, and whether it writes U+FFFE and U+FFFF so too.
    mutating func learn(beyondASCII form: BeyondASCII, noncharactersToo: Bool) {
        beyondASCII = form
        writesNoncharacters = noncharactersToo
        let kind = form == .unchanged ? ByteSpelling.unchanged : form == .hexEscaped ? ByteSpelling.beyond : ByteSpelling.unknown
        for byte in 0x80..<0x100 { kinds[byte] = kind }
        // U+FFFE and U+FFFF start with the byte EF: characters that start with it are read one by one.
        if form == .unchanged && !noncharactersToo { kinds[0xEF] = ByteSpelling.beyond }
    }

    /// The ASCII bytes whose spelling is known, in increasing order.
    var knownBytes: [UInt8] { (0..<128).map(UInt8.init).filter { kinds[Int($0)] != ByteSpelling.unknown } }

    /// The ASCII bytes written unchanged, in increasing order.
    var unchangedBytes: [UInt8] { (0..<128).map(UInt8.init).filter { kinds[Int($0)] == ByteSpelling.unchanged } }

    /// The escape of a character beyond ASCII: `\u` and four hexadecimal digits, `\U` and eight beyond U+FFFF.
    static func hexEscape(_ scalar: UInt32) -> [UInt8] {
        let digits = scalar < 0x10000 ? 4 : 8
        let hex = Array("0123456789ABCDEF".utf8)
        return [0x5C, scalar < 0x10000 ? 0x75 : 0x55] + (0..<digits).reversed().map { hex[Int(scalar >> (4 * UInt32($0))) & 0xF] }
    }

    /// Appends the spelling of `text` (valid UTF-8) to `out` and returns true; or returns false and leaves
    /// `out` as it was, when a character of `text` is not known.
    func append(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        let plain = kinds.withUnsafeBufferPointer { kinds -> Bool? in
            var plain = true
            for byte in text {
                let kind = kinds[Int(byte)]
                if kind == ByteSpelling.unchanged { continue }
                if kind == ByteSpelling.unknown { return nil }
                plain = false
            }
            return plain
        }
        guard let plain else { return false }
        if plain {
            out.append(contentsOf: text)
            return true
        }
        let start = out.count
        guard spell(text, to: &out) else {
            out.removeSubrange(start...)
            return false
        }
        return true
    }

    /// Appends `text` with its escapes; false at a character not known.
    private func spell(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        var index = 0, run = 0
        while index < text.count {
            let byte = text[index]
            let kind = kinds[Int(byte)]
            if kind == ByteSpelling.unchanged {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<index]))
            if kind == ByteSpelling.escaped {
                out += escapes[Int(byte)]
                index += 1
            } else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var scalar = UInt32(byte) & (0xFF >> UInt32(length + 1))
                for next in text[(index + 1)..<(index + length)] { scalar = scalar << 6 | UInt32(next & 0x3F) }
                if (scalar == 0xFFFE || scalar == 0xFFFF) && !writesNoncharacters { return false }
                if beyondASCII == .unchanged {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<(index + length)]))
                } else {
                    out += ByteSpelling.hexEscape(scalar)
                }
                index += length
            }
            run = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
        return true
    }
}

import Foundation

extension StringProtocol {
    /// Whether the text holds the ASCII character, read on its UTF-8 bytes (Foundation's `contains(_:)`
    /// bridges to NSString and compares Unicode-aware, some thousand instructions a call).
    func containsASCII(_ character: Unicode.Scalar) -> Bool {
        let byte = UInt8(character.value)
        return utf8.withContiguousStorageIfAvailable { bytes in
            // A long text is searched by the C library, many bytes at a time.
            guard bytes.count >= 32, let base = bytes.baseAddress else { return bytes.contains(byte) }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }

    /// Whether every byte of the text is ASCII, read on its contiguous bytes where it has them.
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// How many Unicode scalars the text has, counted on its UTF-8 bytes: every byte but a continuation
    /// byte (10xxxxxx) starts one. What `unicodeScalars.count` gives, without decoding a scalar.
    var scalarCount: Int {
        func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var starts = 0
            for byte in bytes where byte & 0xC0 != 0x80 { starts += 1 }
            return starts
        }
        return utf8.withContiguousStorageIfAvailable(count) ?? unicodeScalars.count
    }
}

extension String {
    /// Whether the text holds `target`, comparing bytes (Foundation's `contains(_:)` bridges to NSString).
    func containsBytes(of target: String) -> Bool { byteRanges(of: target, first: true).first != nil }

    /// The text cut at every occurrence of `separator`, empty pieces kept, comparing bytes: what Foundation's
    /// `components(separatedBy:)` gives, without bridging to NSString.
    func pieces(separatedBy separator: String) -> [String] {
        let bytes = Array(utf8)
        var pieces: [String] = [], start = 0
        for range in byteRanges(of: separator) {
            pieces.append(String(decoding: bytes[start..<range.lowerBound], as: UTF8.self))
            start = range.upperBound
        }
        pieces.append(String(decoding: bytes[start...], as: UTF8.self))
        return pieces
    }

    /// The byte ranges where `target` occurs, left to right without overlaps (only the first, if `first`);
    /// none for an empty target. Read in the strings' own buffers.
    private func byteRanges(of target: String, first: Bool = false) -> [Range<Int>] {
        var text = self, target = target
        return text.withUTF8 { text in
            target.withUTF8 { pattern in
                guard !pattern.isEmpty, text.count >= pattern.count else { return [] }
                var ranges: [Range<Int>] = []
                var i = 0
                while i + pattern.count <= text.count {
                    if text[i] == pattern[0], memcmp(text.baseAddress! + i, pattern.baseAddress!, pattern.count) == 0 {
                        ranges.append(i..<(i + pattern.count))
                        if first { break }
                        i += pattern.count
                    } else {
                        i += 1
                    }
                }
                return ranges
            }
        }
    }

    /// The text with every occurrence of `target` replaced, left to right without overlaps, comparing bytes.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        let ranges = byteRanges(of: target)
        guard !ranges.isEmpty else { return self }
        let bytes = Array(utf8)
        var out: [UInt8] = [], start = 0
        for range in ranges {
            out.append(contentsOf: bytes[start..<range.lowerBound])
            out.append(contentsOf: replacement.utf8)
            start = range.upperBound
        }
        out.append(contentsOf: bytes[start...])
        return String(decoding: out, as: UTF8.self)
    }
}

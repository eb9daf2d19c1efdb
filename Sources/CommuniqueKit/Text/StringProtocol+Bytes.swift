extension StringProtocol {
    /// Whether the text holds the ASCII character, read on its UTF-8 bytes (Foundation's `contains(_:)`
    /// bridges to NSString and compares Unicode-aware, some thousand instructions a call).
    func containsASCII(_ character: Unicode.Scalar) -> Bool {
        let byte = UInt8(character.value)
        return utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}

extension String {
    /// The text with every occurrence of `target` replaced, left to right without overlaps, comparing bytes.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        let text = Array(utf8), pattern = Array(target.utf8)
        guard !pattern.isEmpty, text.count >= pattern.count else { return self }
        var out: [UInt8] = []
        var i = 0, changed = false
        while i < text.count {
            if i + pattern.count <= text.count, text[i] == pattern[0], text[i..<(i + pattern.count)].elementsEqual(pattern) {
                out.append(contentsOf: replacement.utf8)
                i += pattern.count
                changed = true
            } else {
                out.append(text[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : self
    }
}

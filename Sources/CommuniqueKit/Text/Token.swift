/// A word or punctuation mark of a text, with where it stands.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punctuation, possessive, quote }

    let text: String
    let kind: Kind
    /// Offsets in Unicode scalars, relative to the tokenized text.
    let start: Int
    let end: Int
    /// The sentence the token belongs to, counting from 0.
    var sentence: Int = 0
    /// The form used to look words up: lower case, typographic apostrophes straightened, hyphens dropped
    /// (computed once: the extractor asks for it many times per token).
    let key: String
    /// Starts with an upper-case letter.
    let isCapitalized: Bool

    init(text: String, kind: Kind, start: Int, end: Int) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        key = Token.key(text)
        isCapitalized = kind == .word && Token.startsUpperCase(text)
    }

    private static func startsUpperCase(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    var isWord: Bool { kind == .word }
    /// Every letter is upper case ("OSCE", "U.N.").
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
                && !text.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
        }
        return text.unicodeScalars.contains { $0.properties.isUppercase } && !text.unicodeScalars.contains { $0.properties.isLowercase }
    }
    static func key(_ text: String) -> String {
        if let ascii = asciiKey(text) { return ascii }
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars where scalar != "-" {
            out.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        return String(out)
    }

    /// The key of an ASCII text, byte by byte (most words are): nil for any other text.
    private static func asciiKey(_ text: String) -> String? {
        var copy = text
        var plain = true
        let key = copy.withUTF8 { bytes -> String? in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) { plain = false }
            }
            // A word already in lower case without hyphens is its own key: no new String.
            if plain { return "" }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                for byte in bytes where byte != UInt8(ascii: "-") {
                    out[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                    count += 1
                }
                return count
            }
        }
        return key.map { plain ? text : $0 }
    }
}

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
    /// The text holds a hyphen-minus ("two-day", "OSCE-led", the mark "-" itself).
    let hasHyphen: Bool

    init(text: String, kind: Kind, start: Int, end: Int) {
        self.init(text: text, kind: kind, start: start, end: end, key: Token.key(text),
                  isCapitalized: kind == .word && Token.startsUpperCase(text), hasHyphen: text.containsASCII("-"))
    }

    /// A token whose key, capital and hyphen the tokenizer read from its bytes.
    init(text: String, kind: Kind, start: Int, end: Int, key: String, isCapitalized: Bool, hasHyphen: Bool, sentence: Int = 0) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.key = key
        self.isCapitalized = isCapitalized
        self.hasHyphen = hasHyphen
        self.sentence = sentence
    }

    /// Whether the first letter of a text is upper case (told by its byte when ASCII).
    static func startsUpperCase(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    var isWord: Bool { kind == .word }
    /// Every letter is upper case ("OSCE", "U.N.").
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        // One pass over the bytes while they are ASCII: a lower-case letter answers at once (as it would
        // beyond ASCII too); a byte beyond ASCII hands the text to the Unicode properties.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var upper = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return false }
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { upper = true }
            }
            return upper
        }
        if let ascii, let ascii { return ascii }
        return Token.isAllCapsBeyondASCII(text)
    }

    /// Whether a text with a scalar beyond ASCII has an upper-case letter and no lower-case one.
    @inline(never) static func isAllCapsBeyondASCII(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isUppercase } && !text.unicodeScalars.contains { $0.properties.isLowercase }
    }
    static func key(_ text: String) -> String {
        var copy = text
        switch copy.withUTF8(Token.asciiKey) {
        case .same: return text
        case .other(let key): return key
        case .notASCII: return scalarKey(text)
        }
    }

    /// The key of a text that is not ASCII, made from its scalars.
    static func scalarKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars where scalar != "-" {
            out.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        return String(out)
    }

    /// The key of a word read from its UTF-8 bytes, when they are ASCII (most words are).
    enum ASCIIKey {
        /// The word is in lower case without hyphens: its own key, so no new String.
        case same
        case other(String)
        /// A byte is not ASCII: the key is made from the word's scalars.
        case notASCII
    }

    /// The key of an ASCII word, byte by byte.
    static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIIKey {
        var plain = true
        for byte in bytes {
            if byte >= 0x80 { return .notASCII }
            if byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) { plain = false }
        }
        if plain { return .same }
        return .other(String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            for byte in bytes where byte != UInt8(ascii: "-") {
                out[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                count += 1
            }
            return count
        })
    }
}

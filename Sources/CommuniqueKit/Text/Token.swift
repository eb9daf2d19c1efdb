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
        isCapitalized = kind == .word && (text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false)
    }

    var isWord: Bool { kind == .word }
    /// Every letter is upper case ("OSCE", "U.N.").
    var isAllCaps: Bool {
        kind == .word && text.unicodeScalars.contains { $0.properties.isUppercase }
            && !text.unicodeScalars.contains { $0.properties.isLowercase }
    }
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars where scalar != "-" {
            out.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        return String(out)
    }
}

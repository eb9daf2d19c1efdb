/// One pass of the tokenizer over a text: reads the tokens off the scalars, makes each token's text and
/// key from the bytes (a word in ASCII is read without Unicode tables), and numbers the sentences as it goes.
///
/// The buffers are those of a `ScalarText`, valid while `Tokenizer.tokens(of:)` runs.
struct TokenReader {
    let abbreviations: Set<String>
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let bytes: UnsafeBufferPointer<UInt8>
    /// The byte offset of each scalar, and the byte count at the end.
    let offsets: UnsafeBufferPointer<Int>
    private(set) var tokens: [Token] = []
    /// For each token, the first token spelled with the same bytes (itself, if it is the first).
    private(set) var firstOfSpelling: [Int] = []
    private var spellings: RepeatedSpellings
    private var sentence = 0
    /// Whether the last token ends its sentence.
    private var endsSentence = false
    /// Whether a line feed stands among the spaces since the last token.
    private var sawLineFeed = false

    init(abbreviations: Set<String>, scalars: UnsafeBufferPointer<Unicode.Scalar>, bytes: UnsafeBufferPointer<UInt8>,
         offsets: UnsafeBufferPointer<Int>) {
        self.abbreviations = abbreviations
        self.scalars = scalars
        self.bytes = bytes
        self.offsets = offsets
        spellings = RepeatedSpellings(expected: bytes.count / 12 + 1)
    }

    mutating func read() {
        tokens.reserveCapacity(bytes.count / 5 + 1)
        firstOfSpelling.reserveCapacity(bytes.count / 5 + 1)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if TokenReader.isSpace(c) {
                if c == "\n" { sawLineFeed = true }
                i += 1
            } else if TokenReader.isLetterOrDigit(c) {
                i = readWord(at: i)
            } else if isPossessive(at: i) {
                append(i, i + 2, .possessive)
                i += 2
            } else {
                append(i, i + 1, TokenReader.isQuote(c) ? .quote : .punctuation)
                i += 1
            }
        }
    }

    /// Reads the word or number that starts at `i`, and returns where it ends.
    private mutating func readWord(at i: Int) -> Int {
        var j = i + 1
        // Whether every scalar is a digit, comma or dot: a number.
        var numeric = TokenReader.isNumeric(scalars[i])
        while j < scalars.count {
            let s = scalars[j]
            if TokenReader.isLetterOrDigit(s) {
                if numeric && !TokenReader.isNumeric(s) { numeric = false }
                j += 1
                continue
            }
            // Inner hyphen, apostrophe or dot followed by a letter or digit stays in the word, but not the
            // apostrophe of a possessive "'s" at the end of the word, nor a comma outside a number.
            guard TokenReader.isInnerMark(s), j + 1 < scalars.count, TokenReader.isLetterOrDigit(scalars[j + 1]) else { break }
            if (s == "'" || s == "\u{2019}") && isFinalS(at: j + 1) { break }
            if s == "," && !(TokenReader.isNumeric(scalars[j - 1]) && TokenReader.isNumeric(scalars[j + 1])) { break }
            if numeric && s != "," && s != "." { numeric = false }
            j += 1
        }
        // A dotted abbreviation keeps its final dot: "U.N.", "Gen.", "Mr.", an initial.
        var end = j
        if j < scalars.count, scalars[j] == "." {
            let dotted = bytes[offsets[i]..<offsets[j]].contains(UInt8(ascii: "."))
            if dotted || (j - i == 1 && TokenReader.isUppercase(scalars[i])) || abbreviations.contains(text(i, j) + ".") { end = j + 1 }
        }
        append(i, end, numeric ? .number : .word)
        return end
    }

    /// An "s" or "S" at `k` that ends the word: the "s" of a possessive.
    private func isFinalS(at k: Int) -> Bool {
        (scalars[k] == "s" || scalars[k] == "S") && (k + 1 >= scalars.count || !TokenReader.isLetterOrDigit(scalars[k + 1]))
    }

    /// An apostrophe and a final "s" right after the last token: "'s", "’s".
    private func isPossessive(at i: Int) -> Bool {
        let c = scalars[i]
        guard c == "'" || c == "\u{2019}", i + 1 < scalars.count, isFinalS(at: i + 1), let last = tokens.last else { return false }
        return last.end == i
    }

    /// The scalars `from..<to` as a String.
    private func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[offsets[from]..<offsets[to]]), as: UTF8.self)
    }

    /// Makes the token of the scalars `from..<to`, in its sentence: with the strings of the first token
    /// spelled with the same bytes, if there is one.
    private mutating func append(_ from: Int, _ to: Int, _ kind: Token.Kind) {
        let range = offsets[from]..<offsets[to]
        let text: String, key: String, isCapitalized: Bool, hyphen: Bool
        // The same bytes are the same kind of token, as the scalars decide it.
        if let first = spellings.earlier(range, in: bytes, number: tokens.count) {
            (text, key, isCapitalized, hyphen) = (tokens[first].text, tokens[first].key, tokens[first].isCapitalized, tokens[first].hasHyphen)
            firstOfSpelling.append(first)
        } else {
            text = self.text(from, to)
            // A key the same as the text is in lower case without hyphens.
            switch Token.asciiKey(UnsafeBufferPointer(rebasing: bytes[range])) {
            case .same: (key, hyphen) = (text, false)
            case .other(let ascii): (key, hyphen) = (ascii, bytes[range].contains(UInt8(ascii: "-")))
            case .notASCII: (key, hyphen) = (Token.scalarKey(text), bytes[range].contains(UInt8(ascii: "-")))
            }
            // The first scalar tells the capital (as `Token.startsUpperCase` reads it off the text).
            isCapitalized = kind == .word && TokenReader.isUppercase(scalars[from])
            firstOfSpelling.append(tokens.count)
        }
        if !tokens.isEmpty, endsSentence || sawLineFeed { sentence += 1 }
        tokens.append(Token(text: text, kind: kind, start: from, end: to, key: key, isCapitalized: isCapitalized, hasHyphen: hyphen,
                            sentence: sentence))
        sawLineFeed = false
        // A token's text is its scalars, so its last scalar says how it ends.
        let last = scalars[to - 1]
        endsSentence = (kind == .punctuation && (last == "." || last == "!" || last == "?"))
            || (kind == .word && last == "." && !abbreviations.contains(text) && !text.utf8.dropLast().contains(UInt8(ascii: "."))
                && !(text.count == 2 && isCapitalized))  // a middle initial: "John Q. Public"
    }

    // The tests of a scalar answer ASCII inline and hand any other scalar to a function of its own, so
    // that the Unicode property tables are set up only for the scalars that need them.

    @inline(__always) private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c == " " || (c.value >= 9 && c.value <= 13) : isWhitespaceBeyondASCII(c)
    }

    @inline(__always) private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") }
        return isLetterOrDigitBeyondASCII(s)
    }

    /// A hyphen, apostrophe, dot or comma, which may stand inside a word or number.
    @inline(__always) private static func isInnerMark(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "'" || s == "\u{2019}" || s == "." || s == ","
    }

    @inline(__always) private static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s >= "0" && s <= "9") : isNumericBeyondASCII(s)
    }

    @inline(__always) private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s >= "A" && s <= "Z") : isUppercaseBeyondASCII(s)
    }

    @inline(never) private static func isWhitespaceBeyondASCII(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    @inline(never) private static func isLetterOrDigitBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(never) private static func isNumericBeyondASCII(_ s: Unicode.Scalar) -> Bool { s.properties.numericType != nil }

    @inline(never) private static func isUppercaseBeyondASCII(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }

    private static func isQuote(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201C}" || s == "\u{201D}" || s == "\u{2018}" || s == "'" || s == "«" || s == "»"
    }
}

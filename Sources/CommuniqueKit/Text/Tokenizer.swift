/// Splits text into word, number, punctuation, possessive and quote tokens, and numbers the sentences.
///
/// Words keep inner hyphens and apostrophes ("Co-operation", "O'Neill"); a trailing "'s" or "’s" is a
/// token of its own; dotted abbreviations ("U.N.", "Gen.") keep their dots.
struct Tokenizer: Sendable {
    /// Abbreviations whose final dot does not end a sentence.
    let abbreviations: Set<String>

    init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    func tokens(of text: String) -> [Token] { tokens(of: ScalarText(text)) }

    /// The tokens of a text already read as scalars.
    func tokens(of source: ScalarText) -> [Token] {
        let scalars = source.scalars
        var tokens: [Token] = []
        var i = 0
        func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
            if s.isASCII { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") }
            return s.properties.isAlphabetic || Tokenizer.isNumeric(s)
        }
        func string(_ a: Int, _ b: Int) -> String { source.string(a, b) }
        while i < scalars.count {
            let c = scalars[i]
            if c.isASCII ? (c == " " || (c.value >= 9 && c.value <= 13)) : c.properties.isWhitespace { i += 1; continue }
            if isLetterOrDigit(c) {
                var j = i + 1
                // Whether every scalar is a digit, comma or dot: a number.
                var numeric = Tokenizer.isNumeric(c)
                while j < scalars.count {
                    let s = scalars[j]
                    if isLetterOrDigit(s) {
                        if numeric && !Tokenizer.isNumeric(s) { numeric = false }
                        j += 1
                        continue
                    }
                    // Inner hyphen, apostrophe or dot followed by a letter or digit stays in the word,
                    // but not the apostrophe of a possessive "'s" at the end of the word.
                    if Tokenizer.isInnerMark(s) && j + 1 < scalars.count && isLetterOrDigit(scalars[j + 1]) {
                        if (s == "'" || s == "\u{2019}") && (scalars[j + 1] == "s" || scalars[j + 1] == "S")
                            && (j + 2 >= scalars.count || !isLetterOrDigit(scalars[j + 2])) { break }
                        if s == "," && !(Tokenizer.isNumeric(scalars[j - 1]) && Tokenizer.isNumeric(scalars[j + 1])) { break }
                        if numeric && s != "," && s != "." { numeric = false }
                        j += 1
                        continue
                    }
                    break
                }
                // A dotted abbreviation keeps its final dot: "U.N.", "Gen.", "Mr."
                var word = string(i, j)
                if j < scalars.count, scalars[j] == ".", word.utf8.contains(UInt8(ascii: ".")) || abbreviations.contains(word + ".")
                    || (j - i == 1 && c.properties.isUppercase) {
                    j += 1
                    word += "."
                }
                tokens.append(Token(text: word, kind: numeric ? .number : .word, start: i, end: j))
                i = j
                continue
            }
            if (c == "'" || c == "\u{2019}"), i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               !tokens.isEmpty, tokens.last!.end == i,
               i + 2 >= scalars.count || !isLetterOrDigit(scalars[i + 2]) {
                tokens.append(Token(text: string(i, i + 2), kind: .possessive, start: i, end: i + 2))
                i += 2
                continue
            }
            let kind: Token.Kind = Tokenizer.isQuote(c) ? .quote : .punctuation
            tokens.append(Token(text: String(c), kind: kind, start: i, end: i + 1))
            i += 1
        }
        numberSentences(of: &tokens, in: scalars)
        return tokens
    }

    /// Numbers the sentences: one ends after ".", "!" or "?", after a word with a final dot that is no
    /// abbreviation, and at a line break.
    private func numberSentences(of tokens: inout [Token], in scalars: [Unicode.Scalar]) {
        var sentence = 0
        var endsSentence = false
        var lastEnd = 0
        for index in tokens.indices {
            let t = tokens[index]
            if index > 0, endsSentence || scalars[lastEnd..<t.start].contains("\n") { sentence += 1 }
            tokens[index].sentence = sentence
            // A token's text is its scalars, so its last scalar says how it ends.
            let last = scalars[t.end - 1]
            endsSentence = (t.kind == .punctuation && (last == "." || last == "!" || last == "?"))
                || (t.kind == .word && last == "." && !abbreviations.contains(t.text) && !t.text.utf8.dropLast().contains(UInt8(ascii: "."))
                    && !(t.text.count == 2 && t.isCapitalized))  // a middle initial: "John Q. Public"
            lastEnd = t.end
        }
    }

    /// A hyphen, apostrophe, dot or comma, which may stand inside a word or number.
    private static func isInnerMark(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "'" || s == "\u{2019}" || s == "." || s == ","
    }

    private static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s >= "0" && s <= "9") : s.properties.numericType != nil
    }

    private static func isQuote(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201C}" || s == "\u{201D}" || s == "\u{2018}" || s == "'" || s == "«" || s == "»"
    }
}

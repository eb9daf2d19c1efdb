/// Splits text into word, number, punctuation, possessive and quote tokens, and numbers the sentences.
///
/// Words keep inner hyphens and apostrophes ("Co-operation", "O'Neill"); a trailing "'s" or "’s" is a
/// token of its own; dotted abbreviations ("U.N.", "Gen.") keep their dots. A sentence ends after ".",
/// "!" or "?", and at a line break.
struct Tokenizer: Sendable {
    /// Abbreviations whose final dot does not end a sentence.
    let abbreviations: Set<String>

    init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    func tokens(of text: String) -> [Token] { tokens(of: ScalarText(text)) }

    /// The tokens of a text already read as scalars, in one pass over its scalars and bytes.
    func tokens(of source: ScalarText) -> [Token] { tokensAndSpellings(of: source).tokens }

    /// The tokens of a text, and for each the first token spelled with the same bytes (itself, if it is the
    /// first), which has the same text, key and capital.
    func tokensAndSpellings(of source: ScalarText) -> (tokens: [Token], firstOfSpelling: [Int]) {
        source.withBuffers { scalars, bytes, offsets in
            var reader = TokenReader(abbreviations: abbreviations, scalars: scalars, bytes: bytes, offsets: offsets)
            reader.read()
            return (reader.tokens, reader.firstOfSpelling)
        }
    }
}

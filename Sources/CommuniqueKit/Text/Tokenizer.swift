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
    func tokens(of source: ScalarText) -> [Token] {
        source.withBuffers { scalars, bytes, offsets in
            var reader = TokenReader(abbreviations: abbreviations, scalars: scalars, bytes: bytes, offsets: offsets)
            reader.read()
            return reader.tokens
        }
    }
}

/// A set of sentence numbers as one flag per sentence of a text: a test for a token's sentence, which
/// the stages ask for every token, is an array read instead of a hash.
struct SentenceSet: Sendable, Equatable {
    private var flags: [Bool]

    /// An empty set for a text of `count` sentences; numbers outside `0..<count` are never in it.
    init(sentenceCount count: Int) {
        flags = Array(repeating: false, count: max(0, count))
    }

    func contains(_ sentence: Int) -> Bool { sentence >= 0 && sentence < flags.count && flags[sentence] }

    /// Adds a sentence of the text (a number outside it is left out).
    mutating func insert(_ sentence: Int) {
        guard sentence >= 0, sentence < flags.count else { return }
        flags[sentence] = true
    }
}

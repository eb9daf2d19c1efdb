/// How many days an event lasts, by the first duration adjective of a text: "two-day", "3-day",
/// "two-and-a-half-day" (three days, as a calendar counts them), "one-and-a-half day" (two), "two-week" (14).
struct DurationExpression {
    /// Number words with their values ("two" = 2), from the lexicon.
    let numberWords: WordTable<Int>

    /// The days of the first duration in the tokens, if there is one: an adjective ("three-day"), else a
    /// count of days or weeks ("over the course of four days").
    func days(in tokens: [Token]) -> Int? {
        adjective(in: tokens) ?? count(in: tokens)
    }

    private func count(in tokens: [Token]) -> Int? {
        for i in tokens.indices.dropLast() {
            // The unit first: a comparison with a short literal, where the number is a table lookup; a key of
            // another length is no unit (a key is in lower case, so no sign beyond ASCII equals these letters).
            let unit: Int, next = tokens[i + 1].key
            switch next.utf8.count {
            case 4 where next == "days": unit = 1
            case 5 where next == "weeks": unit = 7
            default: continue
            }
            guard let n = numberWords[tokens[i].key] ?? Int(tokens[i].text), n > 0, n < 100 else { continue }
            return unit * n
        }
        return nil
    }

    private func adjective(in tokens: [Token]) -> Int? {
        // Every shape has a hyphen ("two-day", "one-and-a-half"): a token without one is passed over unread.
        for i in tokens.indices where (tokens[i].kind == .word || tokens[i].kind == .number) && tokens[i].hasHyphen {
            let t = tokens[i]
            let lower = t.text.lowercased()
            // "one-and-a-half": two calendar days.
            // Foundation's search only where the bytes hold the words (it costs thousands of instructions).
            if lower.containsBytes(of: "-and-a-half"), let half = lower.range(of: "-and-a-half"), numberWords[String(lower[..<half.lowerBound])] == 1 { return 2 }
            if lower.hasSuffix("-week"), let n = numberWords[String(lower.dropLast(5))] ?? Int(lower.dropLast(5)) { return 7 * n }
            guard lower.hasSuffix("-day") else { continue }
            let head = String(lower.dropLast(4))
            if let n = numberWords[head] ?? Int(head) { return n }
            if head.hasSuffix("-and-a-half"), let n = numberWords[String(head.dropLast(11))] { return n + 1 }
        }
        return nil
    }
}

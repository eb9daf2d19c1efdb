/// Bodies named as taking part in the event: "The meeting brought together 80 officials, including X, Y
/// and Z", "representatives of international organizations such as X and Y".

extension AnnotatedRelease {
    /// The organizations listed after an inclusion cue ("including", "such as") that follows a gathering
    /// verb ("brought together", "attended") in a sentence of `sentences`, up to the end of the clause.
    /// Only an item of the list that is a body's name and nothing else counts: "officials from X" says
    /// who came, not which institution took part.
    func bodiesTakingPart(in sentences: SentenceSet) -> [(key: Findings.Key, span: Findings.Span)] {
        var found: [(key: Findings.Key, span: Findings.Span)] = []
        for v in tokens.indices where sentences.contains(tokens[v].sentence) && isCue(.participantVerb, v) {
            var k = v + 1
            while k < tokens.count, sameSentence(v, k), !isCue(.clauseEnd, k), cueLength(.inclusionCue, at: k) == nil { k += 1 }
            guard let length = cueLength(.inclusionCue, at: k), sameSentence(v, k) else { continue }
            for (key, end) in bodyItems(from: k + length) where !found.contains(where: { $0.key == key }) {
                found.append((key, span(v, end)))
            }
        }
        return found
    }

    /// The items of a list from `start` that are one organization's name, maybe after a determiner and with
    /// its acronym in brackets, each with where it ends; the list ends with the clause ("…, will address").
    private func bodyItems(from start: Int) -> [(key: Findings.Key, end: Int)] {
        var items: [(key: Findings.Key, end: Int)] = []
        var keys: [Findings.Key] = [], clean = true, end = start
        func close() {
            if clean, keys.count == 1, keys[0].kind == .organization { items.append((keys[0], end)) }
            keys = []
            clean = true
        }
        var k = start
        // "and" before a lower-case word joins words of an item ("internal and foreign affairs"), not clauses.
        while k < tokens.count, sameSentence(start, k), !isCue(.clauseEnd, k), isConjunction(k) || !endsClause(at: k) {
            if word(k) == "," || isCue(.listJoiner, k) {
                close()
            } else if let tagKey = entityTag(k) {
                if !isParty(at: k) { clean = false }
                if !keys.contains(tagKey) { keys.append(tagKey) }
                k = extent(k).upperBound
                end = k
                continue
            } else if !(isCue(.determiner, k) || word(k) == "(" || word(k) == ")") {
                clean = false
            }
            k += 1
        }
        close()
        return items
    }
}

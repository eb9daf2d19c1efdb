/// Bodies named as taking part in the event: "The meeting brought together 80 officials, including X, Y
/// and Z", "representatives of international organizations such as X and Y".

extension AnnotatedRelease {
    /// The organizations listed after an inclusion cue ("including", "such as") that follows a gathering
    /// verb ("brought together", "attended") in a sentence of `sentences`, up to the end of the clause.
    /// Only an item of the list that is a body's name and nothing else counts: "officials from X" says
    /// who came, not which institution took part.
    func bodiesTakingPart(in sentences: Set<Int>) -> [(key: Findings.Key, span: Findings.Span)] {
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

extension AnnotatedRelease {
    /// The organizations further along the "of" phrase after the event's noun, which take part in it: "the
    /// meeting of senior officials of the X Member States", "the meeting of the Y Council of the heads of the
    /// X authorities". The body right after the noun's own "of" holds the event instead (`EventHostStage`).
    /// The phrase ends at punctuation, a clause or another preposition.
    func bodiesAlongMeetingPhrase(noun: Int) -> [(key: Findings.Key, span: Findings.Span)] {
        var found: [(key: Findings.Key, span: Findings.Span)] = []
        let nounKey = tokens[noun].key
        for n in tokens.indices where entityTag(n) == nil && tokens[n].key == nounKey && isCue(.qualifierPreposition, n + 1) {
            var k = n + 1, links = 0
            while k < tokens.count, sameSentence(n, k) {
                if isCue(.qualifierPreposition, k) {
                    links += 1
                    k += 1
                    continue
                }
                if let tagKey = entityTag(k) {
                    let holder = links == 1 && (k == n + 2 || (k == n + 3 && isDefiniteArticle(n + 2)))
                    if !holder, tagKey.kind == .organization, isParty(at: k), !found.contains(where: { $0.key == tagKey }) {
                        found.append((tagKey, span(n, extent(k).upperBound)))
                    }
                    k = extent(k).upperBound
                    continue
                }
                let kind = tokens[k].kind
                if kind == .punctuation || kind == .quote || isCue(.meetingPhraseStop, k) || endsClause(at: k) { break }
                k += 1
            }
        }
        return found
    }
}

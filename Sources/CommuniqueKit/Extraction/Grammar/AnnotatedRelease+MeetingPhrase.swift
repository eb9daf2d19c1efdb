/// Bodies named along the "of" phrase of the event's noun: "the meeting of senior officials of the X Member
/// States".

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

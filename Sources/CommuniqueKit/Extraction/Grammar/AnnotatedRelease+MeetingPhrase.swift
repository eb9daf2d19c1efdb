/// Bodies named along the "of" phrase of the event's noun: "the meeting of senior officials of the X Member
/// States".

extension AnnotatedRelease {
    /// The organizations further along the "of" phrase after the event's noun, which take part in it: "the
    /// meeting of senior officials of the X Member States", "the meeting of the Y Council of the heads of the
    /// X authorities". The body right after the noun's own "of" holds the event instead (`EventHostStage`).
    /// The phrase ends at punctuation, a clause or another preposition.
    func bodiesAlongMeetingPhrase(noun: Int) -> [(key: Findings.Key, span: Findings.Span)] {
        var found: [(key: Findings.Key, span: Findings.Span)] = []
        for n in tokens.indices where entityTag(n) == nil && hasSameKey(n, noun) {
            guard let owner = ownerStart(ofEventNounAt: n) else { continue }
            var k = n + 1
            while k < tokens.count, sameSentence(n, k) {
                if isCue(.qualifierPreposition, k) {
                    k += 1
                    continue
                }
                if let tagKey = entityTag(k) {
                    let holder = extent(k).contains(owner)
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

    /// Where the body whose event it is would begin: right after the event noun's own "of", and "the"
    /// ("the meeting of the X Council"); nil when no "of" follows the noun.
    func ownerStart(ofEventNounAt n: Int) -> Int? {
        guard isCue(.qualifierPreposition, n + 1) else { return nil }
        return isDefiniteArticle(n + 2) ? n + 3 : n + 2
    }
}

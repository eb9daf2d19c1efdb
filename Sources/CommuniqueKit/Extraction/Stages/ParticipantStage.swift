/// Reads the number of participants ("more than 150 experts", "brought together 40 officials").
///
/// Needs: the event. Adds: the participant count with the text that states it.
struct ParticipantStage: ExtractionStage {
    static let needs: Set<Annotation> = [.eventIdentity]
    static let adds: Set<Annotation> = [.participants]
    func run(on release: inout AnnotatedRelease) {
        guard let (count, at) = release.participantCount() else { return }
        release.updateEvent { event in
            event.participantCount = count
            event.participantCountSpan = at
            event.participantCountRule = .participantCount
        }
    }
}

extension AnnotatedRelease {
    /// The number of participants, with the text that states it ("more than 150 experts").
    fileprivate func participantCount() -> (Int, Findings.Span)? {
        for i in tokens.indices where tokens[i].kind == .number {
            guard let n = Int(tokens[i].text.replacingEvery(",", with: "")), n > 1, n < 100_000, !(1900...2100).contains(n) else { continue }
            let before = (max(0, i - 3)..<i).contains { isCue(.participantQuantifier, $0) }
            let after = (i + 1..<min(tokens.count, i + 6)).contains { isCue(.participantNoun, $0) }
            if after && (before || (max(0, i - 4)..<i).contains { isCue(.participantVerb, $0) }) {
                let first = (max(0, i - 3)..<i).first { isCue(.participantQuantifier, $0) } ?? i
                let last = (i + 1..<min(tokens.count, i + 6)).first { isCue(.participantNoun, $0) } ?? i
                return (n, span(first, last + 1))
            }
        }
        return nil
    }
}

/// Reads the number of participants ("more than 150 experts", "brought together 40 officials").
///
/// Needs: the event. Adds: the participant count with the text that states it.
struct ParticipantStage: ExtractionStage {
    static let needs: Set<Annotation> = [.event]
    static let adds: Set<Annotation> = [.participants]
    func run(on release: inout AnnotatedRelease) {
        guard let (count, at) = release.participantCount() else { return }
        release.updateEvent { event in
            event.participantCount = count
            event.participantCountSpan = at
        }
    }
}

extension AnnotatedRelease {
    /// The number of participants, with the text that states it ("more than 150 experts").
    fileprivate func participantCount() -> (Int, Findings.Span)? {
        let quantifiers: Set<String> = ["more", "over", "some", "about", "around", "nearly", "almost", "approximately"]
        let people: Set<String> = ["participants", "experts", "representatives", "officials", "delegates", "practitioners", "officers", "specialists", "people"]
        for i in tokens.indices where tokens[i].kind == .number {
            guard let n = Int(tokens[i].text.replacingOccurrences(of: ",", with: "")), n > 1, n < 100_000, !(1900...2100).contains(n) else { continue }
            let before = (max(0, i - 3)..<i).contains { quantifiers.contains(key($0)) }
            let after = (i + 1..<min(tokens.count, i + 6)).contains { people.contains(key($0)) }
            if after && (before || (max(0, i - 4)..<i).contains { ["together", "gathered", "brings", "bring", "attended"].contains(key($0)) }) {
                let first = (max(0, i - 3)..<i).first { quantifiers.contains(key($0)) } ?? i
                let last = (i + 1..<min(tokens.count, i + 6)).first { people.contains(key($0)) } ?? i
                return (n, span(first, last + 1))
            }
        }
        return nil
    }
}

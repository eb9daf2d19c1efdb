/// Reads who paid for the event: states and organizations named after a funding cue in the same sentence
/// ("financed by", "with funding from").
///
/// Needs: the event, entity tags. Adds: funders, with the text that states them.
struct FunderStage: ExtractionStage {
    static let needs: Set<Annotation> = [.eventIdentity, .knownNames, .organizationPhrases]
    static let adds: Set<Annotation> = [.funders]
    func run(on release: inout AnnotatedRelease) {
        let funders = release.entitiesAfter(.funderCue, kinds: [.state, .organization])
        release.updateEvent { event in
            event.funders = funders.map(\.key)
            event.statements += funders.map { .init(relation: .funder, object: $0.key, span: $0.span, rule: .funderAfterCue) }
        }
    }
}

extension AnnotatedRelease {
    /// The entities of the given kinds named after a cue in the same sentence, each with the text from the cue
    /// to its name.
    fileprivate func entitiesAfter(_ cue: CueLexicon.Kind, kinds: Set<Findings.Key.Kind>) -> [(key: Findings.Key, span: Findings.Span)] {
        var found: [(key: Findings.Key, span: Findings.Span)] = []
        for i in tokens.indices {
            guard let length = cueLength(cue, at: i) else { continue }
            var k = i + length
            while k < tokens.count, sameSentence(k, i) {
                if let tagKey = entityTag(k), kinds.contains(tagKey.kind), !found.contains(where: { $0.key == tagKey }) {
                    found.append((tagKey, span(i, extent(k).upperBound)))
                }
                k += 1
            }
        }
        return found
    }
}

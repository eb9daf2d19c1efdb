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
    /// The entities of the given kinds listed after a cue in the same sentence ("financed by X, Y and the
    /// Z"), each with the text from the cue to its name; the list ends at a word that is no part of it (an
    /// apposition, a verb, another clause).
    fileprivate func entitiesAfter(_ cue: CueLexicon.Kind, kinds: Set<Findings.Key.Kind>) -> [(key: Findings.Key, span: Findings.Span)] {
        var found: [(key: Findings.Key, span: Findings.Span)] = []
        for i in tokens.indices {
            guard let length = cueLength(cue, at: i) else { continue }
            // ", an OSCE Partner …": an apposition, not another funder.
            for name in entityList(from: i + length, untilApposition: true) where isParty(at: name.lowerBound) {
                for key in entityKeys(name.lowerBound) where kinds.contains(key.kind) && !found.contains(where: { $0.key == key }) {
                    found.append((key, span(i, name.upperBound)))
                }
            }
        }
        return found
    }
}

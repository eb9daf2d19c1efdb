/// Makes every person who spoke (by a speech verb or a quotation) a speaker of the event, once each, in the
/// order they spoke.
///
/// Needs: the event, speakers. Adds: the event's speakers, with the text that states each.
struct SpeakerStage: ExtractionStage {
    static let needs: Set<Annotation> = [.eventIdentity, .speakers, .quotations]
    static let adds: Set<Annotation> = [.eventSpeakers]
    func run(on release: inout AnnotatedRelease) {
        let speakers = release.speakers
        release.updateEvent { event in
            var seen = Set<Findings.Key>()
            for (speaker, at, rule) in speakers where seen.insert(speaker).inserted {
                event.speakers.append(speaker)
                event.statements.append(.init(relation: .speaker, object: speaker, span: at, rule: rule))
            }
        }
    }
}

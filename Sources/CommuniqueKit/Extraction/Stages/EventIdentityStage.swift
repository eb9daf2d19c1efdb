/// Names the event once its dates and place are read: by type, start and place when it has both, so that
/// releases reporting the same event share it, else as the event of its release; and records it as an
/// entity the release mentions.
///
/// Needs: the event, its dates. Adds: the event's key, entity and mention.
struct EventIdentityStage: ExtractionStage {
    static let needs: Set<Annotation> = [.event, .eventDates, .eventPlace]
    static let adds: Set<Annotation> = [.eventIdentity]
    func run(on release: inout AnnotatedRelease) {
        guard var event = release.findings.events.last else { return }
        event.key = Findings.Key(kind: .event, id: LocalName.event(type: event.type, start: event.start, place: event.place,
                                                                   fileName: release.release.fileName))
        release.findings.events[release.findings.events.count - 1] = event
        release.findings.entities[event.key] = Findings.Entity(key: event.key, name: event.label)
        release.findings.mentions.append(Findings.Mention(key: event.key, span: event.span))
    }
}

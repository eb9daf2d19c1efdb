/// Keeps, of the bodies that organized or joined the event, the ones that did the work: a body is dropped
/// when one of its own units is also a party ("organized by the X Unit" beside "X-organized course": the
/// Unit, not the whole X). A programme or project of a body is no unit of it: both stay.
///
/// Needs: the event's organizers, partners and hosts. Adds: the parties at their narrowest.
struct EventPartyScopeStage: ExtractionStage {
    static let needs: Set<Annotation> = [.eventParties, .eventHosts, .headlineParties]
    static let adds: Set<Annotation> = [.scopedParties]
    func run(on release: inout AnnotatedRelease) {
        guard let parties = release.findings.events.last.map({ $0.organizers + $0.partners }) else { return }
        let covered = Set(parties.flatMap { release.umbrellas(of: $0) })
        guard !covered.isEmpty else { return }
        release.updateEvent { event in
            let dropped = { (key: Findings.Key) in key.kind == .organization && covered.contains(key.id) }
            event.organizers.removeAll(where: dropped)
            event.partners.removeAll(where: dropped)
            event.statements.removeAll { ($0.relation == .organizer || $0.relation == .partner) && dropped($0.object) }
        }
    }
}

extension AnnotatedRelease {
    /// The ids of the bodies an organization is a unit of, or none for a programme or project, which has a
    /// life of its own.
    fileprivate func umbrellas(of key: Findings.Key) -> [String] {
        // The words of the name, split at spaces on its bytes (splitting Characters is what costs here).
        let name = (findings.entities[key]?.name ?? "").lowercased()
        let words = name.utf8.split(separator: UInt8(ascii: " ")).lazy.map { String(decoding: $0, as: UTF8.self) }
        if extractor.knowledge.organizations[key.id]?.kind == "programme"
            || words.contains(where: { extractor.knowledge.cues.contains(written: $0, in: .ownLifeBodyNoun) }) { return [] }
        return parents(of: key)
    }
}

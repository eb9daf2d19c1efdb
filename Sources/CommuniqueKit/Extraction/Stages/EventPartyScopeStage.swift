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
        if extractor.knowledge.organizations[key.id]?.kind == "programme" { return [] }
        // The words of the name in lower case, split at spaces on its bytes (splitting Characters, and
        // lower-casing a whole name through Unicode's tables, is what costs here).
        var name = findings.entities[key]?.name ?? ""
        let ownLife = extractor.knowledge.cues.entries(of: .ownLifeBodyNoun)
        let hasOwnLife = name.withUTF8 { bytes in
            bytes.split(separator: UInt8(ascii: " ")).contains { ownLife.contains(AnnotatedRelease.lowercasedWord($0)) }
        }
        return hasOwnLife ? [] : parents(of: key)
    }

    /// A word's UTF-8 bytes in lower case: an ASCII word by its bytes, any other by `lowercased()`, which
    /// maps each scalar on its own and so gives a word of a name what it gives the whole name.
    private static func lowercasedWord(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for (index, byte) in bytes.enumerated() { out[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte }
            return bytes.count
        }
    }
}

/// Makes one body of the names a release gives it with and without its state: "Xland’s Interior Ministry"
/// and "the Interior Ministry", "Xland State Border Service" and "State Border Service of Xland" (the same
/// words, the state aside). Where bodies of two states share the words, a name without a state is left alone.
///
/// Needs: organization phrases, roles. Adds: one key per body named with and without its state.
struct SameBodyStage: ExtractionStage {
    static let needs: Set<Annotation> = [.organizationPhrases, .roles]
    static let adds: Set<Annotation> = [.sameBodies]
    func run(on release: inout AnnotatedRelease) { release.mergeSameBodies() }
}

extension AnnotatedRelease {
    fileprivate mutating func mergeSameBodies() {
        guard bodyCores.count > 1 else { return }
        // The bodies by their words without the state, in the order the release first names them.
        var order: [Findings.Key] = []
        var seen: Set<Findings.Key> = []
        for mention in findings.mentions where bodyCores[mention.key] != nil && seen.insert(mention.key).inserted { order.append(mention.key) }
        var byCore: [String: [Findings.Key]] = [:]
        for key in order { byCore[bodyCores[key]!, default: []].append(key) }
        for key in order {
            guard let core = bodyCores[key], let keys = byCore[core], keys.count > 1, keys.first == key else { continue }
            let stateful = keys.filter { findings.entities[$0]?.state != nil }
            guard let target = stateful.first, Set(stateful.compactMap { findings.entities[$0]?.state }).count == 1 else { continue }
            for other in keys where other != target { merge(other, into: target) }
        }
    }

    /// Rewrites every use of `old` (mentions, roles, tags, parents, coordinations) as `target`, whose names it joins.
    private mutating func merge(_ old: Findings.Key, into target: Findings.Key) {
        guard let merged = findings.entities[old] else { return }
        findings.mentions = findings.mentions.map { $0.key == old ? Findings.Mention(key: target, span: $0.span) : $0 }
        findings.roles = findings.roles.map { role in
            func swap(_ key: Findings.Key?) -> Findings.Key? { key == old ? target : key }
            return Findings.Role(person: role.person, title: role.title, organization: swap(role.organization), state: swap(role.state),
                                 actingFor: swap(role.actingFor), span: role.span, rule: role.rule)
        }
        for i in tags.indices where tags[i] == .entity(old) { tags[i] = .entity(target) }
        for (start, keys) in coordinatedBodies where keys.contains(old) { coordinatedBodies[start] = keys.map { $0 == old ? target : $0 } }
        for key in Array(findings.entities.keys) where findings.entities[key]?.parent == old.id { findings.entities[key]?.parent = target.id }
        if let name = findings.entities[target]?.name, merged.name != name { findings.entities[target]?.alternateNames.insert(merged.name) }
        findings.entities[target]?.alternateNames.formUnion(merged.alternateNames)
        if findings.entities[target]?.parent == nil, merged.parent != target.id { findings.entities[target]?.parent = merged.parent }
        findings.entities[old] = nil
        bodyCores[old] = nil
    }
}

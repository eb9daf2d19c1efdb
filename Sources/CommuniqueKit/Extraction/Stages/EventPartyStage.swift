/// Reads who organized the event ("organized by X in co-operation with Y", "X hosted") and who took part
/// as partners, from the sentences of an organizing verb, or the organization named before the event noun.
///
/// Needs: the event, organization tags. Adds: organizers and partners, with the text that states them.
struct EventPartyStage: ExtractionStage {
    static let needs: Set<Annotation> = [.event, .knownNames, .organizationPhrases]
    static let adds: Set<Annotation> = [.eventParties]
    func run(on release: inout AnnotatedRelease) {
        guard let noun = release.eventNoun, var event = release.findings.events.last else { return }
        release.readOrganizers(into: &event, noun: noun)
        release.findings.events[release.findings.events.count - 1] = event
    }
}

extension AnnotatedRelease {
    /// Organizers and partners, from the sentence that says who organized the event.
    fileprivate mutating func readOrganizers(into event: inout Findings.Event, noun: Int) {
        let verbs: Set<String> = ["organized", "organised", "coorganized", "coorganised", "hosted", "convened", "organizes", "organises"]
        let partnerCues: [[String]] = [["cooperation", "with"], ["coordination", "with"], ["support", "of"], ["support", "from"],
                                       ["partnership", "with"], ["together", "with"], ["assistance", "of"], ["assistance", "from"],
                                       ["jointly", "with"], ["collaboration", "with"]]
        func cueLength(at k: Int) -> Int? {
            for cue in partnerCues where (0..<cue.count).allSatisfy({ key(k + $0) == cue[$0] }) { return cue.count }
            return nil
        }
        var organizers: [Findings.Key] = []
        var partners: [Findings.Key] = []
        var stated: [Findings.Key: Findings.Span] = [:]
        func add(_ key: Findings.Key, to list: inout [Findings.Key], _ from: Int, _ to: Int) {
            guard key.kind == .organization || key.kind == .state, !list.contains(key) else { return }
            list.append(key)
            if stated[key] == nil { stated[key] = span(from, to) }
        }
        for v in tokens.indices where verbs.contains(tokens[v].key) {
            // Skip "OSCE-organized" style modifiers: the verb must stand alone.
            let sentence = tokens[v].sentence
            let sentenceStart = tokens.firstIndex { $0.sentence == sentence } ?? v
            let sentenceEnd = tokens.lastIndex { $0.sentence == sentence }.map { $0 + 1 } ?? tokens.count
            var target = 0  // 0: organizers, 1: partners
            var k = v + 1
            if key(k) == "jointly" { k += 1 }
            if key(k) == "by" {
                k += 1
            } else {
                // The subject before the verb organized it: the nearest organization or chairmanship.
                var s = v - 1
                while s >= sentenceStart {
                    if let tagKey = entityTag(s), tagKey.kind == .organization { add(tagKey, to: &organizers, extent(s).0, v + 1); break }
                    s -= 1
                }
            }
            while k < sentenceEnd {
                if let length = cueLength(at: k) { target = 1; k += length; continue }
                if let tagKey = entityTag(k) {
                    // "the Department of the OSCE Secretariat": an organization after "of" that follows
                    // another one only says where the first belongs.
                    let ofAt = key(k - 1) == "of" ? k - 1 : (key(k - 1) == "the" && key(k - 2) == "of" ? k - 2 : nil)
                    let qualifies = ofAt.map { entityTag($0 - 1) != nil } ?? false
                    if !qualifies {
                        if target == 0 {
                            add(tagKey, to: &organizers, v, extent(k).1)
                        } else {
                            add(tagKey, to: &partners, v, extent(k).1)
                        }
                    }
                    k = extent(k).1
                    continue
                }
                if word(k) == ",", entityTag(k + 1) == nil, !(key(k + 1) == "the" && entityTag(k + 2) != nil), cueLength(at: k + 1) == nil,
                   !(key(k + 1) == "in" && cueLength(at: k + 2) != nil) {
                    break
                }
                k += 1
            }
        }
        if organizers.isEmpty {
            // "an OSCE Chairmanship seminar": the organizer named right before the event noun.
            var k = noun - 1
            while k >= max(0, noun - 4), sameSentence(k, noun) {
                if let tagKey = entityTag(k), tagKey.kind == .organization { add(tagKey, to: &organizers, extent(k).0, noun + 1); break }
                k -= 1
            }
        }
        event.organizers = organizers
        event.partners = partners.filter { !organizers.contains($0) }
        for key in event.organizers { if let at = stated[key] { event.statements.append(.init(relation: .organizer, object: key, span: at)) } }
        for key in event.partners { if let at = stated[key] { event.statements.append(.init(relation: .partner, object: key, span: at)) } }
    }
}

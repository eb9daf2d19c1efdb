/// Reads who organized the event ("organized by X in co-operation with Y", "X hosted") and who took part
/// as partners, from the sentences of an organizing verb, or the organization named before the event noun.
///
/// Needs: the event, organization tags. Adds: organizers and partners, with the text that states them.
struct EventPartyStage: ExtractionStage {
    static let needs: Set<Annotation> = [.eventIdentity, .knownNames, .organizationPhrases]
    static let adds: Set<Annotation> = [.eventParties]
    func run(on release: inout AnnotatedRelease) {
        guard let noun = release.eventNoun, var event = release.findings.events.last else { return }
        release.readOrganizers(into: &event, noun: noun)
        release.findings.events[release.findings.events.count - 1] = event
    }
}

extension AnnotatedRelease {
    /// Organizers and partners, from the sentences that say who organized the event, else the organization
    /// named right before the event noun ("an OSCE Chairmanship seminar").
    fileprivate mutating func readOrganizers(into event: inout Findings.Event, noun: Int) {
        var parties = EventParties()
        // A capitalized verb is one only at the start of a sentence ("Co-organized by …"), not in a name
        // ("Fight Against Organized Crime").
        for v in tokens.indices where isCue(.organizerVerb, v) && (!tokens[v].isCapitalized || !sameSentence(v - 1, v)) {
            readParties(ofVerbAt: v, into: &parties)
        }
        // "The visit was supported by X": partners, in a sentence that names the event.
        let named = sentencesNaming(noun: noun)
        for v in tokens.indices where named.contains(tokens[v].sentence) {
            guard let length = cueLength(.partnerVerb, at: v) else { continue }
            readPartners(after: v, length: length, into: &parties)
        }
        for (key, at) in bodiesTakingPart(in: named) { parties.add(key, asPartner: true, at, rule: .partnerTakingPart) }
        for (key, at) in bodiesAlongMeetingPhrase(noun: noun) { parties.add(key, asPartner: true, at, rule: .partnerAlongMeetingPhrase) }
        if parties.organizers.isEmpty {
            var k = noun - 1
            while k >= max(0, noun - 4), sameSentence(k, noun), entityTag(k) != nil || !isCue(.labelStop, k), word(k) != "," {
                if let tagKey = entityTag(k), tagKey.kind == .organization {
                    parties.add(tagKey, asPartner: false, span(extent(k).lowerBound, noun + 1), rule: .organizerBeforeEventNoun)
                    break
                }
                k -= 1
            }
        }
        event.organizers = parties.organizers
        event.partners = parties.partners.filter { !parties.organizers.contains($0) }
        for key in event.organizers {
            if let at = parties.stated[key] { event.statements.append(.init(relation: .organizer, object: key, span: at.span, rule: at.rule)) }
        }
        for key in event.partners {
            if let at = parties.stated[key] { event.statements.append(.init(relation: .partner, object: key, span: at.span, rule: at.rule)) }
        }
    }

    /// The partners listed after a partner verb ("supported by X and Y"), up to the end of the clause.
    private func readPartners(after v: Int, length: Int, into parties: inout EventParties) {
        for name in entityList(from: v + length, untilApposition: false) where isParty(at: name.lowerBound) {
            for key in entityKeys(name.lowerBound) { parties.add(key, asPartner: true, span(v, name.upperBound), rule: .partnerAfterCue) }
        }
    }

    /// The parties of one organizing verb: "X organized", "organized by X in co-operation with Y", up to the
    /// end of the clause.
    private func readParties(ofVerbAt v: Int, into parties: inout EventParties) {
        // A hyphenated modifier ("OSCE-organized") is one token whose key is no verb of the list.
        let sentence = tokens[v].sentence
        let sentenceStart = tokens.firstIndex { $0.sentence == sentence } ?? v
        let sentenceEnd = tokens.lastIndex { $0.sentence == sentence }.map { $0 + 1 } ?? tokens.count
        var asPartner = false
        var k = v + 1
        // "organized crime": the participle as an adjective, no verb.
        if isCue(.participleNoun, k) { return }
        if isCue(.organizerAdverb, k) { k += 1 }
        // "co-organized for the States of the region by X": the agent may come a few words on.
        if !isCue(.organizerAgent, k), let agent = (k..<min(sentenceEnd, k + 12)).first(where: { isCue(.organizerAgent, $0) }),
           !(k..<agent).contains(where: { word($0) == "," || endsClause(at: $0) || entityTag($0)?.kind == .organization }) {
            k = agent
        }
        let byAgent = isCue(.organizerAgent, k)
        if byAgent {
            k += 1
        } else {
            readSubject(ofVerbAt: v, from: sentenceStart, into: &parties)
        }
        while k < sentenceEnd {
            // "hosted by X and funded by Y": who paid is a funder, not a party.
            if cueLength(.funderCue, at: k) != nil { break }
            if let length = cueLength(.partnerCue, at: k) { asPartner = true; k += length; continue }
            if let tagKey = entityTag(k) {
                // "the Department of the OSCE Secretariat": an organization after "of" that follows
                // another one only says where the first belongs; so does one whose possessive names another
                // ("the X Department’s Y Unit").
                let ofAt = isCue(.qualifierPreposition, k - 1) ? k - 1
                    : (isDefiniteArticle(k - 1) && isCue(.qualifierPreposition, k - 2) ? k - 2 : nil)
                let qualifies = ofAt.map { entityTag($0 - 1) != nil } ?? false
                let owner = tokens[extent(k).upperBound - 1].kind == .possessive && entityTag(extent(k).upperBound) != nil
                // An active verb's object is the event itself ("X hosted the meeting"): only the agent after
                // "by" and the parties after a partner cue count.
                if !qualifies, !owner, isParty(at: k), byAgent || asPartner {
                    for key in entityKeys(k) where key == tagKey || tagKey.kind == .organization {
                        parties.add(key, asPartner: asPartner, span(v, extent(k).upperBound), rule: asPartner ? .partnerAfterCue : .organizerByAgent)
                    }
                }
                k = extent(k).upperBound
                continue
            }
            // A comma ends the clause, unless a party or a partner cue follows ("X, Y, and the Z").
            if word(k) == ",", !entityFollows(k + 1), !(isConjunction(k + 1) && entityFollows(k + 2)),
               cueLength(.partnerCue, at: k + 1) == nil, !(isCue(.partnerCueLead, k + 1) && cueLength(.partnerCue, at: k + 2) != nil) {
                break
            }
            if endsClause(at: k) { break }
            k += 1
        }
    }

    /// Whether an entity is named at `k`, maybe after "the".
    private func entityFollows(_ k: Int) -> Bool {
        entityTag(k) != nil || (isDefiniteArticle(k) && entityTag(k + 1) != nil)
    }

    /// The subject before an active organizing verb organized the event: the nearest organization or
    /// chairmanship, back to `sentenceStart`. A participle after a comma ("the course, jointly organized
    /// with X") says more of the noun before it and has no subject, nor has a verb right after a person's
    /// name ("the gathering which Jane Doe convened").
    private func readSubject(ofVerbAt v: Int, from sentenceStart: Int, into parties: inout EventParties) {
        let lead = isCue(.organizerAdverb, v - 1) ? v - 1 : v
        if word(lead - 1) == "," { return }
        if lead - 1 >= 0, case .name? = tags[lead - 1] { return }
        var s = v - 1
        while s >= sentenceStart {
            if let tagKey = entityTag(s), tagKey.kind == .organization {
                // "funded by X and organized …": X paid; it is no subject.
                if followsFunderCue(extent(s).lowerBound) { return }
                parties.add(tagKey, asPartner: false, span(extent(s).lowerBound, v + 1), rule: .organizerAsSubject)
                return
            }
            s -= 1
        }
    }

    /// Whether a funder cue ("funded by") ends right before `k`, maybe with "the" between.
    private func followsFunderCue(_ k: Int) -> Bool {
        let end = isDefiniteArticle(k - 1) ? k - 1 : k
        return (1...4).contains { length in end - length >= 0 && cueLength(.funderCue, at: end - length) == length }
    }
}

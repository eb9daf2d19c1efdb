/// Reads the bodies a headline starts with as the subject of a verb of holding or of support ("X trains
/// police officers", "X and Y hold a conference", "X supports a seminar"): organizers or partners of the
/// release's event. A known name counts as itself; a short one ("X Mission") is the body of the text
/// whose name it begins ("X Mission to Yland"), the first named if several; a subject with a part that names no body gives nothing.
/// The headline speaks only where the text names no party: a headline's "X, Y and Z train …" often stands
/// for the programmes the text then names.
///
/// Needs: the event, its hosts, the headline's mentions. Adds: organizers and partners from the headline.
struct HeadlinePartyStage: ExtractionStage {
    static let needs: Set<Annotation> = [.eventIdentity, .eventHosts, .headlineMentions]
    static let adds: Set<Annotation> = [.headlineParties]
    func run(on release: inout AnnotatedRelease) {
        guard let event = release.findings.events.last, event.organizers.isEmpty, event.partners.isEmpty,
              let subject = release.readHeadlineSubject() else { return }
        let rule: Findings.Rule = subject.relation == .organizer ? .organizerInHeadline : .partnerInHeadline
        release.updateEvent { event in
            for key in subject.keys where !event.organizers.contains(key) && !event.partners.contains(key) {
                if subject.relation == .organizer { event.organizers.append(key) } else { event.partners.append(key) }
                event.statements.append(.init(relation: subject.relation, object: key, span: subject.span, rule: rule))
            }
        }
    }
}

extension AnnotatedRelease {
    /// The bodies before the headline's first verb of holding or support, what they are to the event, and
    /// the stretch of the headline that says it.
    fileprivate mutating func readHeadlineSubject() -> (keys: [Findings.Key], relation: Findings.EventStatement.Relation, span: Findings.Span)? {
        let headline = ScalarText(release.headline)
        let words = extractor.tokenizer.tokens(of: headline)
        let first = words.first?.key == "the" ? 1 : 0
        guard first < words.count, words[first].isCapitalized else { return nil }
        var verb = first + 1
        // A headline in title case capitalizes its verb too ("X Trains Police").
        while verb < words.count, verb - first <= 12, !isHeadlineVerb(words[verb]), words[verb].isCapitalized || isSubjectJoint(words[verb]) { verb += 1 }
        guard verb < words.count else { return nil }
        let relation: Findings.EventStatement.Relation
        if extractor.cues.contains(key: words[verb].key, in: .headlineHostVerb) {
            relation = .organizer
        } else if extractor.cues.contains(key: words[verb].key, in: .headlinePartnerVerb) {
            relation = .partner
        } else {
            return nil
        }
        // One body ("X Mission to Yland and Zland"), else one per part of a coordination ("X, Y and Z").
        var keys: [Findings.Key] = []
        if let whole = body(named: Array(words[first..<verb])) {
            keys = [whole]
        } else {
            var start = first
            for end in first...verb where end == verb || words[end].key == "and" || words[end].text == "," {
                guard end > start, let key = body(named: Array(words[start..<end])) else { return nil }
                keys.append(key)
                start = end + 1
            }
        }
        let a = words[first].start, b = words[verb].end
        let offset = metadataOffset(of: release.headline)
        let text = headline.string(a, b)
        return (keys, relation, release.fileSpan(offset + a, offset + b, text: text))
    }

    private func isHeadlineVerb(_ word: Token) -> Bool {
        extractor.cues.contains(key: word.key, in: .headlineHostVerb) || extractor.cues.contains(key: word.key, in: .headlinePartnerVerb)
    }

    /// A word that may join the words of a body's name in a headline ("of", "in", "and", a comma).
    private func isSubjectJoint(_ word: Token) -> Bool {
        word.key == "and" || word.text == "," || word.kind == .possessive || extractor.cues.contains(key: word.key, in: .nameConnector)
    }

    /// The body (or state) that the words name: a known name as a whole, else the organization of the text
    /// whose name is, or begins with, the words (the first mentioned).
    private mutating func body(named words: [Token]) -> Findings.Key? {
        let start = words.first?.key == "the" ? 1 : 0
        if let (entry, length) = extractor.gazetteer.match(words, at: start), length == words.count - start {
            return ensure(entry)
        }
        guard words.count >= 2 else { return nil }
        let name = words.map(\.text).joined(separator: " ")
        let candidates = findings.entities.values.filter { entity in
            entity.key.kind == .organization
                && ([entity.name] + entity.alternateNames).contains { $0 == name || $0.hasPrefix(name + " ") }
        }
        // Several ("X Mission to Yland", "X Mission to Zland"): the one the text names first.
        let firsts = candidates.compactMap { entity in
            findings.mentions.filter { $0.key == entity.key }.map(\.span.start).min().map { (entity.key, $0) }
        }
        return firsts.min { $0.1 < $1.1 }?.0
    }
}

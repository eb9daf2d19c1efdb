/// Reads who holds the event from the sentences that name it: the bodies (or a state) that are the subject
/// of a verb whose object is the event ("X held a seminar", "X and Y co-hosted a side event", "Xland hosted
/// the meeting", "X concluded its course"), the body whose meeting it is ("the meeting of the X Council"), and
/// the body it is held at ("a course at the X Staff College", "officials gathering at X's headquarters").
///
/// Needs: the event, its parties so far. Adds: organizers.
struct EventHostStage: ExtractionStage {
    static let needs: Set<Annotation> = [.eventIdentity, .eventParties]
    static let adds: Set<Annotation> = [.eventHosts]
    func run(on release: inout AnnotatedRelease) {
        guard let noun = release.eventNoun else { return }
        let named = release.sentencesNaming(noun: noun)
        let handovers = release.readHandovers(in: named)
        let hosts = release.readHosts(noun: noun, in: named) + handovers.givers.map { ($0.key, $0.span, Findings.Rule.organizerHandsOver) }
        release.updateEvent { event in
            for (key, span, rule) in hosts where !event.organizers.contains(key) {
                event.organizers.append(key)
                event.partners.removeAll { $0 == key }
                event.statements.removeAll { $0.relation == .partner && $0.object == key }
                event.statements.append(.init(relation: .organizer, object: key, span: span, rule: rule))
            }
            for (key, span) in handovers.recipients where !event.organizers.contains(key) && !event.partners.contains(key) {
                event.partners.append(key)
                event.statements.append(.init(relation: .partner, object: key, span: span, rule: .partnerReceives))
            }
        }
    }
}

extension AnnotatedRelease {
    /// The hosts read by the event's noun and by a verb of where it is held, in the headline, the lead or the
    /// sentences that name the event (`named`).
    fileprivate func readHosts(noun: Int, in named: SentenceSet) -> [(Findings.Key, Findings.Span, Findings.Rule)] {
        var hosts: [(Findings.Key, Findings.Span, Findings.Rule)] = []
        // Mentions of the event's noun, and any event noun of the lead ("co-hosted a side event").
        for n in tokens.indices where entityTag(n) == nil
            && (hasSameKey(n, noun) || (tokens[n].sentence <= 1 && classes[n].contains(.eventNoun))) {
            // "the meeting of the X Council": the body whose meeting it is, by the event's own noun (another
            // event of the lead is only where it is held: "in the margins of the Session of the X").
            if hasSameKey(n, noun), let k = ownerStart(ofEventNounAt: n), let key = entityTag(k), key.kind == .organization {
                hosts.append((key, span(n, extent(k).upperBound), .organizerWhoseMeeting))
            }
            if let venue = venueBody(after: n) { hosts.append((venue.key, span(n, venue.end), .organizerVenue)) }
            // "X held a seminar", "X concluded its fifth Advanced Y Staff Course": a host verb up to seven words
            // before the noun, with the event as its object.
            // A body naming the event ("held the X Group (XG) meeting") is read with the noun.
            let named = modifiersStart(before: n)
            guard let verb = (max(0, named - 8)..<named).last(where: { isCue(.hostVerb, $0) && sameSentence($0, n) }),
                  !(verb + 1..<named).contains(where: { entityTag($0) != nil || word($0) == "," }) else { continue }
            for (subject, at) in subjects(before: verb) { hosts.append((subject, span(at, n + 1), .organizerHoldsEvent)) }
        }
        // "Police chiefs are gathering at X's headquarters", "the seminar was held at the X Academy": a verb
        // of where it is held, in the headline, the lead or a sentence that names the event.
        for v in tokens.indices where isCue(.venueVerb, v) && (tokens[v].sentence <= 1 || named.contains(tokens[v].sentence)) {
            if let venue = venueBody(after: v) { hosts.append((venue.key, span(v, venue.end), .organizerVenue)) }
        }
        return hosts
    }

    /// Who gives and who receives in a handover, in the headline, the lead or the sentences that name the
    /// event (`named`): the bodies (or states by name) that are the subject of a handover verb, and the
    /// first named after "to" in its sentence ("X handed over 200 computers, printers and routers to the Y
    /// Police").
    fileprivate func readHandovers(in named: SentenceSet)
        -> (givers: [(key: Findings.Key, span: Findings.Span)], recipients: [(key: Findings.Key, span: Findings.Span)]) {
        var givers: [(key: Findings.Key, span: Findings.Span)] = [], recipients: [(key: Findings.Key, span: Findings.Span)] = []
        for v in tokens.indices {
            guard let length = cueLength(.handoverVerb, at: v), tokens[v].sentence <= 1 || named.contains(tokens[v].sentence) else { continue }
            for (subject, at) in subjects(before: v) { givers.append((subject, span(at, v + 1))) }
            guard let to = (v + length..<min(tokens.count, v + length + 40)).first(where: { (key($0) == "to" && entityTag($0) == nil) || !sameSentence($0, v) }),
                  key(to) == "to" else { continue }
            let k = isDefiniteArticle(to + 1) ? to + 2 : to + 1
            guard sameSentence(k, v), let body = entityTag(k), body.kind == .organization || body.kind == .state, isParty(at: k) else { continue }
            recipients.append((body, span(v, extent(k).upperBound)))
        }
        return (givers, recipients)
    }

    /// The body right after "at" and the word at `n` ("a course at the X Staff College", "gathering at X's
    /// headquarters"), and where its name ends.
    private func venueBody(after n: Int) -> (key: Findings.Key, end: Int)? {
        guard word(n + 1) == "at" else { return nil }
        let k = isDefiniteArticle(n + 2) ? n + 3 : n + 2
        guard sameSentence(k, n), let key = entityTag(k), key.kind == .organization, isParty(at: k) else { return nil }
        return (key, extent(k).upperBound)
    }

    /// The bodies (or states by name) right before a verb, maybe coordinated ("X, Y and Z"), with an
    /// auxiliary or adverb between ("X has today launched").
    private func subjects(before verb: Int) -> [(key: Findings.Key, start: Int)] {
        var k = verb - 1
        while k >= 0, sameSentence(k, verb), entityTag(k) == nil, isCue(.subjectFiller, k) || extractor.relativeDays[tokens[k].key] != nil { k -= 1 }
        // "X (XA) concluded", "X (XA 10) held": an acronym in brackets after the subject.
        if word(k) == ")", let open = bracketOpening(before: k) { k = open - 1 }
        var found: [(key: Findings.Key, start: Int)] = []
        // Bodies before a comma are a list only when "and" joins its last two ("X, Y and Z held"): in "X in
        // Y, Z held" only Z is the subject.
        var nearest = 0, joined = false
        while k >= 0, sameSentence(k, verb), let key = entityTag(k), key.kind == .organization || key.kind == .state, isParty(at: k) {
            for body in entityKeys(k) { found.append((body, extent(k).lowerBound)) }
            if nearest == 0 { nearest = found.count }
            k = extent(k).lowerBound - 1
            if isDefiniteArticle(k) { k -= 1 }
            guard isConjunction(k) || word(k) == "," else { break }
            joined = joined || isConjunction(k)
            k -= 1
            if isDefiniteArticle(k) { k -= 1 }
        }
        return (joined ? found : Array(found.prefix(nearest))).reversed()
    }

    /// The "(" of the brackets that close at `close`, at most three words back ("(XA)", "(XA 10)").
    private func bracketOpening(before close: Int) -> Int? {
        (max(0, close - 4)..<close).last { word($0) == "(" && sameSentence($0, close) }
    }

    /// Where the body that names the event noun at `n` begins ("the third X Group (XG) meeting": the X
    /// Group); `n` itself when none comes right before it.
    private func modifiersStart(before n: Int) -> Int {
        var k = n - 1
        if word(k) == ")", let open = bracketOpening(before: k) { k = open - 1 }
        guard entityTag(k) != nil else { return n }
        return extent(k).lowerBound
    }
}

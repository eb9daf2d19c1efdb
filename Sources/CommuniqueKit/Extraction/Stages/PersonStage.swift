/// Finds people as runs of name words with a cue around them (a title or honorific before, an apposition
/// with a title after, a speech verb beside), and reads the roles their titles state.
///
/// Needs: known names. Adds: person tags, person names, speakers, roles, organizations named in titles.
struct PersonStage: ExtractionStage {
    static let needs: Set<Annotation> = [.knownNames]
    static let adds: Set<Annotation> = [.people, .roles, .speakers]
    func run(on release: inout AnnotatedRelease) { release.readPeople() }
}

extension AnnotatedRelease {
    fileprivate mutating func readPeople() {
        var i = 0
        while i < tokens.count {
            guard isNameWord(i) else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, end - i < 6 {
                if isNameWord(end), sameSentence(end, i) { end += 1; continue }
                if isParticle(end), isNameWord(end + 1) || isParticle(end + 1) { end += 1; continue }
                break
            }
            if surnameIsHeadNoun(after: i, end) { end += 1 }
            var words = 0
            for k in i..<end where !isParticle(k) { words += 1 }
            guard words >= 2, let person = acceptPerson(i, end) else { i = end; continue }
            i = person
        }
        readSurnamesAfterTitles()
        dropBodilessRepeats()
        readPostHonorifics()
    }

    /// "said Jane Court, an OSCE trainer": a surname that is a body's head noun ends a name between a
    /// speech verb and an apposition of a person.
    private func surnameIsHeadNoun(after a: Int, _ end: Int) -> Bool {
        guard isSpeechVerb(a - 1), end < tokens.count, tags.isUntagged(end), tokens[end].isCapitalized, !isTitleWord(end),
              classes[end].contains(.organizationHead), word(end + 1) == "," else { return false }
        let apposition = (end + 2)..<min(tokens.count, end + 8)
        return apposition.contains { isCue(.appositionNoun, $0) || isTitleHead($0) }
    }

    /// "Interior Minister Doe’s visit", "said Deputy Mayor Doe,": a surname alone right after a title's head,
    /// where the release names no one else of that name (a later "Jane Doe" makes it her alias) and never
    /// writes it as a place (its dateline, "in Doe").
    private mutating func readSurnamesAfterTitles() {
        let candidates = tokens.indices.filter { isTitleHead($0 - 1) && tags.isUntagged($0 - 1) && isNameWord($0) && sameSentence($0 - 1, $0) }
        guard !candidates.isEmpty else { return }
        var places = Set(tokens.indices.filter { isCue(.placePreposition, $0 - 1) }.map { tokens[$0].key })
        if let place = release.place { places.insert(Token.key(place)) }
        for i in candidates where !places.contains(tokens[i].key) {
            guard !isNameWord(i + 1), !isParticle(i + 1), i + 1 < tokens.count,
                  tokens[i + 1].kind == .possessive || isSpeechVerb(i + 1) || word(i + 1) == ",",
                  !personNames.values.contains(where: { $0.contains(tokens[i].key) }) else { continue }
            _ = acceptPerson(i, i + 1)
        }
    }

    /// "Ambassador Jane Doe from the X Organization", where the release gives her no title: an honorific that
    /// is a post ("Ambassador", "Judge") is her role, held in the body after her name or the one she acts for.
    private mutating func readPostHonorifics() {
        var titled = Set(findings.roles.map(\.person))
        for i in tokens.indices where tags.isUntagged(i) && isCue(.postHonorific, i) && tokens[i].isCapitalized {
            guard i + 1 < tokens.count, case .name(let person)? = tags[i + 1], !titled.contains(person) else { continue }
            var end = i + 1
            while end < tokens.count, tags[end] == .name(person) { end += 1 }
            var affiliation = Affiliation()
            var stop = end
            if isCue(.nameAffiliation, end), let body = bodyNamed(at: end + 1) {
                affiliation.note(body.key, in: findings, parents: parents(of: body.key))
                stop = body.end
            } else {
                readActingFor(after: end, sentenceOf: i, into: &affiliation)
            }
            findings.roles.append(Findings.Role(
                person: person, title: tokens[i].text, organization: affiliation.place,
                state: affiliation.state, actingFor: affiliation.actingFor, span: span(i, stop), rule: .titleBeforeName))
            titled.insert(person)
        }
    }

    /// "Secretary General Jane Doe" after "the X Secretary General Jane Doe": a title written again without
    /// its body is the role already read with it, not a second one held nowhere.
    private mutating func dropBodilessRepeats() {
        let held = Set(findings.roles.filter { $0.organization != nil }.map { [$0.person.id, $0.title.lowercased()] })
        findings.roles.removeAll { $0.organization == nil && held.contains([$0.person.id, $0.title.lowercased()]) }
    }

    /// Checks the cues around a run of name words; on success records the person and roles, and returns
    /// the index to go on from.
    fileprivate mutating func acceptPerson(_ a: Int, _ b: Int) -> Int? {
        let cues = personCues(a, b)
        guard cues.found else { return nil }
        let runKeys = (a..<b).filter { !cueKinds[$0].words.contains(.nameParticle) }.map { tokens[$0].key }
        if let (known, _) = personNames.first(where: { _, name in name.last == runKeys.last && runKeys.allSatisfy(name.contains) }),
           text(a, b) != findings.entities[known]?.name {
            tag(a, b, .name(known))
            mention(known, a, b)
            let alias = text(a, b)
            findings.entities[known]?.alternateNames.insert(alias)
            if isSpeechVerb(a - 1) || isSpeechVerb(b) { speakers.append((known, speechSpan(a, b), .speakerBySpeechVerb)) }
            return b
        }
        let name = text(a, b)
        let person = Findings.Key(kind: .person, id: LocalName.entity(named: name))
        if findings.entities[person] == nil { findings.entities[person] = Findings.Entity(key: person, name: name) }
        personNames[person] = (a..<b).filter { !isParticle($0) }.map { tokens[$0].key }
        tag(a, b, .name(person))
        mention(person, a, b)
        if isSpeechVerb(a - 1) || isSpeechVerb(b) { speakers.append((person, speechSpan(a, b), .speakerBySpeechVerb)) }
        var next = b
        if let (from, to) = cues.titleBefore {
            let first = findings.roles.count
            next = max(next, readRoles(person, from: from, limit: to, after: b, rule: .titleBeforeName))
            // "President Jane Doe of Xland", "Ambassador Jane Doe from the X Organization": the body after the name.
            if isCue(.nameAffiliation, b), let body = bodyNamed(at: b + 1), placeRoles(from: first, in: body, spanStart: from) {
                next = max(next, body.end)
            }
        }
        if let start = cues.appositionStart {
            var end = start
            while end < tokens.count, sameSentence(end, a), word(end) != "," {
                if isSpeechVerb(end) { break }
                end += 1
            }
            let first = findings.roles.count
            next = max(next, readRoles(person, from: start, limit: end, after: end, rule: .titleInApposition))
            // "Jane Doe, Senior Officer, X Office in Yland, said": the body after the title's comma.
            if word(end) == ",", let body = bodyNamed(at: end + 1), placeRoles(from: first, in: body, spanStart: start) {
                next = max(next, body.end)
            }
        } else if cues.lowerCaseApposition {
            next = max(next, readLowerCaseRole(person, apposition: b + 1))
        }
        return next
    }

    /// Gives the roles read from index `first` on the body at `body`, when they were read with none; returns
    /// whether it did.
    private mutating func placeRoles(from first: Int, in body: (key: Findings.Key, end: Int), spanStart: Int) -> Bool {
        guard findings.roles.count > first, findings.roles[first...].allSatisfy({ $0.organization == nil && $0.state == nil }) else { return false }
        for index in first..<findings.roles.count {
            let role = findings.roles[index]
            findings.roles[index] = Findings.Role(person: role.person, title: role.title, organization: body.key,
                                                  state: body.key.kind == .state ? body.key : nil, actingFor: role.actingFor,
                                                  span: span(spanStart, body.end), rule: role.rule)
        }
        return true
    }

    /// The cues around a run of name words: a title or honorific before it (maybe with a comma between:
    /// "Minister for X, Jane Doe"; a title ending in its body: "Head of the X Office, Ambassador Jane Doe"),
    /// a speech verb beside it, an apposition with a title after it.
    private func personCues(_ a: Int, _ b: Int) -> PersonCues {
        var cues = PersonCues()
        var before = a - 1
        // An honorific, unless it ends a title ("Secretary General Jane Doe").
        while isHonorific(before), sameSentence(before, a), !(isTitleWord(before) && isTitleWord(before - 1)) {
            cues.found = true
            before -= 1
        }
        if word(before) == ",", sameSentence(before, a) { before -= 1 }
        if sameSentence(before, a), isTitleWord(before) || (tokens.indices.contains(before) && tokens[before].isCapitalized && tags.isUntagged(before)) {
            if let range = titleSpan(endingAt: before) {
                cues.titleBefore = range
                cues.found = true
            }
        } else if sameSentence(before, a), word(a - 1) == "," || before < a - 1 || entityTag(before)?.kind == .organization,
                  let range = titleEndingInBody(at: before) {
            cues.titleBefore = range
            cues.found = true
        }
        if isSpeechVerb(a - 1) || isSpeechVerb(b) { cues.found = true }
        if word(b) == ",", sameSentence(b, a) {
            var k = b + 1
            if isCue(.determiner, k) { k += 1 }
            var window = k
            while window < min(tokens.count, k + 6), sameSentence(window, a), word(window) != "," {
                if isTitleHead(window) { cues.appositionStart = b + 1; cues.found = true; break }
                // ", a member of …", ", an OSCE law enforcement trainer": a person, and a title in lower case.
                if isCue(.appositionNoun, window) { cues.lowerCaseApposition = true; cues.found = true; break }
                window += 1
            }
        }
        return cues
    }

    /// The state or organization named at `start` (after an optional determiner), known or read by the shape
    /// of its phrase up to the next comma, with the token after it.
    private mutating func bodyNamed(at start: Int) -> (key: Findings.Key, end: Int)? {
        var m = start
        if isCue(.determiner, m) { m += 1 }
        guard m < tokens.count, sameSentence(start, m) else { return nil }
        if let key = entityTag(m), key.kind == .organization || key.kind == .state {
            let end = extent(m).upperBound
            // A known body that a longer name starts with is read as that name ("UNODC Regional Office").
            let nameGoesOn = end < tokens.count && tokens[end].isCapitalized && tags.isUntagged(end)
            // "…, Director, UNODC Division for Operations": a name that begins with a known body's acronym.
            if nameGoesOn, key.kind == .organization, absorbableAcronym(before: end) != nil,
               let org = readOrganizationPhrase(from: end, limit: phraseLimit(from: end), requireHead: true),
               let named = absorbAcronym(before: end, into: org) {
                return (named, org.end)
            }
            if nameGoesOn, key.kind == .organization { return nil }
            // "the Xlandic Interior Ministry": a state begins the body's name.
            if !nameGoesOn { return (key, end) }
            return readOrganizationPhrase(from: m, limit: phraseLimit(from: m), requireHead: true) ?? (key, end)
        }
        return readOrganizationPhrase(from: m, limit: phraseLimit(from: m), requireHead: true)
    }

    /// The end of the phrase from `m`: the sentence's next comma or speech verb.
    private func phraseLimit(from m: Int) -> Int {
        var limit = m
        while limit < tokens.count, sameSentence(limit, m), word(limit) != ",", !isSpeechVerb(limit) { limit += 1 }
        return limit
    }

    /// ", an OSCE law enforcement trainer from Xland", ", a member of the X Council": a title in lower case
    /// ending with its noun, held in the body named before it or after "of" or "from".
    private mutating func readLowerCaseRole(_ person: Findings.Key, apposition start: Int) -> Int {
        var k = start
        if isCue(.determiner, k) { k += 1 }
        var body: Findings.Key? = nil
        if let key = entityTag(k), key.kind == .organization || key.kind == .state { body = key; k = extent(k).upperBound }
        let titleStart = k
        while k < tokens.count, sameSentence(k, start), tokens[k].isWord, !tokens[k].isCapitalized, entityTag(k) == nil,
              !isCue(.titleComplement, k) || k == titleStart {
            k += 1
            if isCue(.appositionNoun, k - 1) { break }
        }
        guard k > titleStart, isCue(.appositionNoun, k - 1) else { return start }
        let titleEnd = k
        if body == nil, isCue(.titleComplement, k) || isCue(.origin, k), let named = bodyNamed(at: k + 1) {
            body = named.key
            k = named.end
        } else if body == nil, let from = (k..<min(tokens.count, k + 8)).prefix(while: { word($0) != "," && sameSentence($0, k) })
                    .first(where: { isCue(.origin, $0) }), let named = bodyNamed(at: from + 1) {
            // "a graduate of this course from Xland": where the person comes from, later in the apposition.
            body = named.key
            k = named.end
        }
        let state = body?.kind == .state ? body : nil
        findings.roles.append(Findings.Role(person: person, title: text(titleStart, titleEnd), organization: body, state: state,
                                            span: span(start, k), rule: .titleInApposition))
        return k
    }
}

/// Organization names by the shape of their phrase, for the stages that meet one in a title or alone.

extension AnnotatedRelease {
    /// Where the name that starts at `nameStart` ends: capitalized words, states, connectors, possessives
    /// inside it and a known body after "of"; `i` is the first token after a leading state.
    private func organizationNameEnd(nameStart: Int, after i: Int, limit: Int) -> Int {
        var end = i
        var k = i
        while k < limit, k < tokens.count {
            // An honorific or rank after a complete name ends it ("the Ministry of Interior Colonel …").
            if isHonorific(k), !classes[k].contains(.organizationHead),
               (nameStart..<k).contains(where: { classes[$0].contains(.organizationHead) }) { break }
            if tokens[k].isCapitalized, tags.isUntagged(k) || entityTag(k)?.kind == .state {
                k += 1
                end = k
                continue
            }
            // "Academy of the Ministry of Interior", "Programme of the OSCE Office in Xland": a body named
            // after a head and "of" belongs to the name of the new one.
            if let inner = entityTag(k), inner.kind == .organization, k > nameStart, isCue(.qualifierPreposition, k - 1)
                || (isDefiniteArticle(k - 1) && isCue(.qualifierPreposition, k - 2)),
               (nameStart..<k).contains(where: { classes[$0].contains(.organizationHead) }),
               !(nameStart..<k).contains(where: { entityTag($0)?.kind == .organization }) {
                k = extent(k).upperBound
                end = k
                continue
            }
            // "People’s Party", "Prosecutor’s Office": a possessive inside the name.
            if tokens[k].kind == .possessive, k > nameStart, k + 1 < limit, tokens[k + 1].isCapitalized, tags.isUntagged(k + 1) {
                k += 1
                continue
            }
            if isCue(.nameConnector, k), k + 1 < limit, tokens[k + 1].isCapitalized || isDefiniteArticle(k + 1) {
                // "the X Department under Yland’s Interior Ministry": a body under another body is its part, a
                // name of its own ("the Agency under the President of Yland" is one name).
                if isCue(.subordinationConnector, k), bodyFollows(k + 1, limit: limit) { break }
                // "Embassy in Xland": a place word continues a short name only before a state or a known body
                // ("Academy in Riga" is the Academy); a long formal name keeps its seat ("… Organizations in Riga").
                if isCue(.placeConnector, k), k - nameStart < 4 {
                    let next = isDefiniteArticle(k + 1) ? k + 2 : k + 1
                    let named = entityTag(next)
                    // "the X Regional Office in Central Asia": a region is a seat too.
                    guard named?.kind == .state || named?.kind == .organization || cueLength(.region, at: next) != nil else { break }
                }
                // "the X Embassy and the Y Centre": two bodies, not one.
                if isConjunction(k), startsAnotherBody(after: k, limit: limit, nameStart: nameStart) { break }
                // "Xland and Head of …": a state alone does not begin a name that goes on with a connector.
                if end == i, entityTag(nameStart)?.kind == .state { break }
                k += 1
                continue
            }
            break
        }
        return end
    }

    /// Whether the words from `k` name a body: after "the" and a state, capitalized words with a head noun.
    func bodyFollows(_ k: Int, limit: Int) -> Bool {
        var m = isDefiniteArticle(k) ? k + 1 : k
        if entityTag(m)?.kind == .organization { return true }
        if entityTag(m)?.kind == .state { m = extent(m).upperBound }
        while m < limit, tokens[m].isCapitalized, tags.isUntagged(m) {
            if classes[m].contains(.organizationHead) { return true }
            m += 1
        }
        return false
    }

    /// Where a name really starts: after "of (the)" or "and (the)" when nothing before it is a head noun
    /// ("Officers of the State Agency" is the Agency, "Central Asia and the Government of X" the Government:
    /// "and" only before "the", since "Drug Information and Analysis Centre" is one name),
    /// else where it began.
    private func startAfterHeadlessOf(_ start: Int, _ end: Int) -> Int {
        guard let of = (start..<end).first(where: { isCue(.qualifierPreposition, $0) || (isConjunction($0) && isDefiniteArticle($0 + 1)) }),
              !(start..<of).contains(where: { classes[$0].contains(.organizationHead) || entityTag($0) != nil }) else { return start }
        let after = isDefiniteArticle(of + 1) ? of + 2 : of + 1
        return (after..<end).contains(where: { classes[$0].contains(.organizationHead) }) ? after : start
    }

    /// "the Interior Ministry’s Centre for X", "the X Mission’s Y Department": the possessive of a body names
    /// its owner, and the name is of the body it owns (two words at least); a state's possessive stays in the
    /// name ("Xland’s Interior Ministry").
    private func startAfterOwningBody(_ start: Int, _ end: Int) -> Int {
        for p in (start + 1)..<max(start + 1, end - 2) where tokens[p].kind == .possessive && classes[p - 1].contains(.organizationHead) {
            return p + 1
        }
        return start
    }

    /// "Officers of Xland’s Interior Ministry": the state a name starts with after all, and the token of its
    /// possessive.
    private func leadingState(at nameStart: Int, end: Int) -> (String, Int?)? {
        guard let tagKey = entityTag(nameStart), tagKey.kind == .state, extent(nameStart).upperBound < end else { return nil }
        let after = extent(nameStart).upperBound
        return (tagKey.id, tokens[after - 1].kind == .possessive ? after - 1 : nil)
    }

    /// Whether the words after the "and" at `k` name a body of their own: the name so far has a head, and so
    /// do the capitalized words after "and" (and "the").
    private func startsAnotherBody(after k: Int, limit: Int, nameStart: Int) -> Bool {
        guard (nameStart..<k).contains(where: { classes[$0].contains(.organizationHead) }) else { return false }
        var m = k + 1
        if isDefiniteArticle(m) { m += 1 }
        // Up to a body it is under ("X and Y Control under Zland’s Ministry" is one name before another).
        while m < limit, !isCue(.subordinationConnector, m),
              tokens[m].isCapitalized || tokens[m].kind == .possessive || (isCue(.nameConnector, m) && !isConjunction(m)) {
            if classes[m].contains(.organizationHead) { return true }
            m += 1
        }
        return false
    }

    /// An organization named by the shape of its phrase: "State Agency for Drug Control",
    /// "Estonian Interior Ministry", "Polish Permanent Mission to the United Nations in Geneva".
    mutating func readOrganizationPhrase(from: Int, limit: Int, requireHead: Bool = false) -> (key: Findings.Key, end: Int)? {
        var i = from
        if isDefiniteArticle(i) { i += 1 }
        var stateID: String? = nil
        var nameStart = i
        var possessive: Int? = nil
        if let tagKey = entityTag(i), tagKey.kind == .state {
            let after = extent(i).upperBound
            stateID = tagKey.id
            // "Xland’s Interior Ministry": the possessive is part of the name, which is also known without it.
            if tokens[after - 1].kind == .possessive { possessive = after - 1 }
            i = after
        } else if let tagKey = entityTag(i), tagKey.kind == .organization {
            return nil
        }
        let end = organizationNameEnd(nameStart: nameStart, after: i, limit: limit)
        guard end > nameStart else { return nil }
        nameStart = startAfterHeadlessOf(nameStart, end)
        nameStart = startAfterOwningBody(nameStart, end)
        if stateID == nil, let leading = leadingState(at: nameStart, end: end) { (stateID, possessive) = leading }
        let hasHead = (nameStart..<end).contains { classes[$0].contains(.organizationHead) }
        if requireHead && !hasHead { return nil }
        // "Annual Police Experts Meetings": a series of events, not a body; "the Member States’ Drug Agencies":
        // bodies in general (a list of states gives each its own body, read elsewhere).
        if isEventNounOrPlural(end - 1) || extractor.organizationSingulars[tokens[end - 1].text] != nil { return nil }
        guard end - nameStart >= 2 || (!hasHead && tokens[nameStart].isAllCaps) else { return nil }
        let name = text(nameStart, end)
        if let (entry, length) = knownName(at: nameStart), length == end - nameStart, case .organization(let id) = entry {
            let key = ensureOrganization(id)
            tag(nameStart, end, .entity(key))
            mention(key, nameStart, end)
            return (key, end)
        }
        let key = ensureBody(named: name, state: stateID)
        if let possessive, possessive + 1 < end {
            // Also known without the state ("Interior Ministry"); the key keeps the state, so the bodies of two
            // states are never one.
            let bare = text(possessive + 1, end)
            findings.entities[key]?.alternateNames.insert(bare)
        }
        // "the United States Government": the article the state's name began with now begins the body's.
        if nameStart > 0, isDefiniteArticle(nameStart - 1), let before = entityTag(nameStart - 1), before.kind == .state,
           before.id == stateID {
            tags[nameStart - 1] = nil
        }
        if let core = coreWords(from: nameStart, to: end) { bodyCores[key] = core }
        tag(nameStart, end, .entity(key))
        mention(key, nameStart, end)
        mentionInnerBody(of: key, from: nameStart, to: end)
        return (key, end)
    }
}

extension AnnotatedRelease {
    /// "the Academy of the Ministry of Interior of Xland", "the Training Centre of the State Customs Committee":
    /// a body named after "of" inside a new body's name is mentioned too, and the new body is its part. The
    /// inner name starts with capitalized words that hold a singular head noun ("Advanced Training of the
    /// Ministry …" is none) and ends at a seat that is no state ("… in Xtown").
    mutating func mentionInnerBody(of outer: Findings.Key, from start: Int, to end: Int) {
        for of in (start + 1)..<max(start + 1, end - 1) where isCue(.qualifierPreposition, of) {
            let m = isDefiniteArticle(of + 1) ? of + 2 : of + 1
            // A known name there (a state, a known body) is mentioned already.
            guard m < end else { continue }
            if knownName(at: m) != nil { continue }
            var run = m
            while run < end, tokens[run].isCapitalized { run += 1 }
            guard run > m, (m..<run).contains(where: { classes[$0].contains(.organizationHead) && extractor.organizationSingulars[tokens[$0].text] == nil })
            else { continue }
            var innerEnd = run
            while innerEnd < end {
                if isCue(.placeConnector, innerEnd), !isDefiniteArticle(innerEnd + 1), !namesState(at: innerEnd + 1) { break }
                innerEnd += 1
            }
            guard innerEnd - m >= 2 else { return }
            let state = (m..<innerEnd).compactMap { stateNamed(at: $0) }.first
            let key = ensureBody(named: text(m, innerEnd), state: state)
            mention(key, m, innerEnd)
            if findings.entities[outer]?.parent == nil { findings.entities[outer]?.parent = key.id }
            return
        }
    }

    /// The state whose name starts at `k`, by the gazetteer (the tokens may be tagged as a larger body).
    func stateNamed(at k: Int) -> String? {
        guard k >= 0, k < tokens.count, let (entry, _) = knownName(at: k) else { return nil }
        switch entry {
        case .state(let id), .stateAdjective(let id): return id
        case .organization: return nil
        }
    }

    func namesState(at k: Int) -> Bool { stateNamed(at: k) != nil }

    /// The words of the name from `from` to `to` without its state ("Xland’s", "of Xland", "Xlandic"), as
    /// token keys; nil for fewer than two.
    func coreWords(from: Int, to: Int) -> String? {
        var kept: [Int] = []
        var k = from
        while k < to {
            if entityTag(k)?.kind == .state { k = min(extent(k).upperBound, to); continue }
            kept.append(k)
            k += 1
        }
        while let first = kept.first, isDefiniteArticle(first) { kept.removeFirst() }
        while let last = kept.last, isDefiniteArticle(last) || isCue(.qualifierPreposition, last) { kept.removeLast() }
        return kept.count >= 2 ? kept.map { tokens[$0].key }.joined(separator: " ") : nil
    }
}

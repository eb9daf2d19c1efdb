/// Titles and the roles they state: "Senior Adviser to the Secretary General", "Head of the Border
/// Police Department of Xland", read backwards before a name or forwards in an apposition.

extension AnnotatedRelease {
    /// The title that ends at `last` (inclusive), read backwards: capitalized words and title connectors,
    /// back to a comma, a lower-case word or the start of the sentence.
    func titleSpan(endingAt last: Int) -> (Int, Int)? {
        var start = last
        var sawHead = isTitleHead(last)
        while start - 1 >= 0, sameSentence(start - 1, last), last - start < 20 {
            let p = start - 1
            let t = tokens[p]
            // A connector before a capitalized word or another connector ("Head of the Customs Board").
            if t.kind == .possessive || t.isCapitalized
                || (isCue(.titleConnector, p) && (tokens[start].isCapitalized || isCue(.titleConnector, start))) {
                if case .name? = tags[p] { break }
                start = p
                if isTitleHead(p) { sawHead = true }
                continue
            }
            break
        }
        // "a route from Western Asia to Europe President Jane Doe": words before a connector with no title
        // word among them are no part of the title.
        while start <= last, let connector = (start...last).first(where: { isCue(.titleConnector, $0) }),
              !(start..<connector).contains(where: isTitleWord) {
            start = connector + 1
        }
        while start <= last, isCue(.titleConnector, start) { start += 1 }
        guard sawHead, start <= last else { return nil }
        return (start, last + 1)
    }

    /// A title that ends with the body it is held in, the body's last token at `last`: "Head of the OSCE
    /// Mission to Xland", "Deputy Minister of Interior of Xland". The range runs from the title to the body's end.
    func titleEndingInBody(at last: Int) -> (Int, Int)? {
        guard entityTag(last) != nil else { return nil }
        var t = extent(last).lowerBound - 1
        if isDefiniteArticle(t) { t -= 1 }
        guard isCue(.titleComplement, t), sameSentence(t, last) else { return nil }
        t -= 1
        // "Permanent Representative of Xland to the OSCE": one more complement before this one.
        if entityTag(t) != nil, isCue(.titleComplement, extent(t).lowerBound - 1), sameSentence(t, last) {
            t = extent(t).lowerBound - 2
        }
        // A title already read is another person's ("Jane Doe, Head of the X Ministry, John Roe, …").
        // The word before the complement is a title's or ends one ("Minister for Drug Control of Xland").
        guard t >= 0, tokens[t].isCapitalized, tags.isUntagged(t), let range = titleSpan(endingAt: t) else { return nil }
        return (range.0, last + 1)
    }

    /// Reads one or more titles with their affiliation from `from` up to `limit`, and records the roles as
    /// made by `rule`.
    @discardableResult
    mutating func readRoles(_ person: Findings.Key, from: Int, limit: Int, after: Int, rule: Findings.Rule) -> Int {
        var titles: [(start: Int, words: [String], own: Affiliation?, shared: Bool)] = []
        var affiliation = Affiliation()
        var before = Affiliation(), lead = Affiliation()
        var i = from
        while i < limit {
            if isCue(.determiner, i) { i += 1; continue }
            // An affiliation before the title: "OSCE", "Afghanistan’s", "Kazakh".
            if let tagKey = entityTag(i), titles.isEmpty || isConjunction(i - 1) {
                // "Head of X and OSCE Senior Adviser": a body before a later title is that title's.
                if titles.isEmpty { affiliation.note(tagKey, in: findings, parents: parents(of: tagKey)) }
                else { lead.note(tagKey, in: findings, parents: parents(of: tagKey)) }
                i = extent(i).upperBound
                continue
            }
            guard tokens[i].isCapitalized, tags.isUntagged(i) || tags[i] == .title else { break }
            var words: [String] = []
            let start = i
            while i < limit, tokens[i].isCapitalized, tags.isUntagged(i) || tags[i] == .title {
                words.append(tokens[i].text)
                i += 1
            }
            guard (start..<i).contains(where: isTitleHead) else { i = start; break }
            // Each title from what was named before the titles; the first body named anywhere is where titles
            // that name none are held.
            if titles.isEmpty { before = affiliation }
            var own = lead.place != nil ? lead : before
            let led = lead.place != nil
            lead = Affiliation()
            let placeBefore = own.place
            readTitleComplements(of: &words, at: &i, limit: limit, affiliation: &own)
            // Only a body a title's complement names is shared with the titles before it.
            let complemented = own.place != placeBefore
            titles.append((start, words, own.place != before.place ? own : nil, complemented))
            if !led || complemented, affiliation.place == before.place { affiliation = own }
            // The bodies named in the title stay tagged: "Head of the X Mission, which organized the course".
            for k in start..<min(i, limit) where entityTag(k) == nil { tags[k] = .title }
            if isConjunction(i), i + 1 < limit, tokens[i + 1].isCapitalized { i += 1; continue }
            break
        }
        if affiliation.place == nil, !titles.isEmpty { readOrigin(at: i, limit: limit, into: &affiliation) }
        if affiliation.place == nil {
            readActingFor(after: after, sentenceOf: from, into: &affiliation)
        }
        // "Chairperson of the X and Permanent Representative of Yland": each title where its own words say;
        // "Deputy Head and Chief of Staff of the X Mission": one naming none where the next one is held.
        var next: Affiliation? = nil
        for index in titles.indices.reversed() {
            if let own = titles[index].own { next = titles[index].shared ? own : next } else { titles[index].own = next }
        }
        for (start, words, own, _) in titles where !words.isEmpty {
            let title = words.joined(separator: " ").replacingEvery(" the the ", with: " the ")
            let held = own ?? affiliation
            findings.roles.append(Findings.Role(
                person: person, title: title, organization: held.place,
                state: held.state, actingFor: held.actingFor,
                span: span(start, min(max(i, start + 1), tokens.count)), rule: rule))
        }
        return max(i, from)
    }

    /// "Ambassador on the Fight against X from the Ylandic Foreign Ministry": where the holder comes from,
    /// after the origin cue at `i`.
    private mutating func readOrigin(at i: Int, limit: Int, into affiliation: inout Affiliation) {
        guard isCue(.origin, i) else { return }
        let k = isDefiniteArticle(i + 1) ? i + 2 : i + 1
        if k < limit, entityTag(k)?.kind != .organization, let org = readOrganizationPhrase(from: k, limit: limit, requireHead: true) {
            affiliation.note(org.key, in: findings, parents: parents(of: org.key))
        } else if k < limit, let tagKey = entityTag(k) {
            affiliation.note(tagKey, in: findings, parents: parents(of: tagKey))
        }
    }

    /// Continuations of a title: "for Border Affairs", "of Programmes to Counter …", "to the OSCE Secretary
    /// General"; an organization named in them is where the title is held.
    private mutating func readTitleComplements(of words: inout [String], at i: inout Int, limit: Int, affiliation: inout Affiliation) {
        while i < limit, isCue(.titleComplement, i) {
            var k = i + 1
            let determiner = isDefiniteArticle(k)
            if determiner { k += 1 }
            guard k < limit else { break }
            if let tagKey = entityTag(k) {
                if readKnownComplement(tagKey, of: &words, at: &i, body: k, determiner: determiner, limit: limit, affiliation: &affiliation) {
                    continue
                }
                return
            }
            if determiner || isCue(.titleAffiliation, i) {
                // After "at" or "with" a name is where the title is held; after "of the", "on the" it is a body
                // only with a head noun ("of the Border Service").
                let affiliating = isCue(.titleAffiliation, i)
                if let org = readOrganizationPhrase(from: k, limit: limit, requireHead: !affiliating) {
                    affiliation.note(org.key, in: findings, parents: parents(of: org.key))
                    i = org.end
                    return
                }
                // "Ambassador on the Fight Against Organized Crime": headless capitalized words go on with the title.
                guard !affiliating, tokens[k].isCapitalized, tags.isUntagged(k) else { return }
                words += [tokens[i].text, tokens[k - 1].key]
                i = k
                takeCapitalizedWords(into: &words, at: &i, limit: limit)
                continue
            }
            guard tokens[k].isCapitalized, tags.isUntagged(k) else { return }
            // "Head of Department for Co-operation with X": a name whose first capitalized words have a head noun,
            // after "of", is the body the title is held in; "Director of Information Technologies of the X Ministry"
            // and a post ("Deputy Head of Delegation for X") stay titles.
            var run = k
            while run < limit, tokens[run].isCapitalized, tags.isUntagged(run) { run += 1 }
            if isCue(.qualifierPreposition, i), !isCue(.postNoun, k),
               (k..<run).contains(where: { classes[$0].contains(.organizationHead) }),
               let org = readOrganizationPhrase(from: k, limit: limit, requireHead: true) {
                affiliation.note(org.key, in: findings, parents: parents(of: org.key))
                i = org.end
                return
            }
            words.append(tokens[i].text)
            i += 1
            takeCapitalizedWords(into: &words, at: &i, limit: limit)
        }
    }

    /// Appends the capitalized words not yet read from `i` on, up to `limit`, and moves `i` past them.
    /// "for Research and Security Affairs": capitalized words after "and" with no title head among them go on
    /// with the complement ("Head of Research and Deputy Director" is two titles).
    private func takeCapitalizedWords(into words: inout [String], at i: inout Int, limit: Int) {
        while i < limit, tokens[i].isCapitalized, tags.isUntagged(i) {
            words.append(tokens[i].text)
            i += 1
            if i + 1 < limit, isConjunction(i), tokens[i + 1].isCapitalized, tags.isUntagged(i + 1) {
                var m = i + 1
                while m < limit, tokens[m].isCapitalized, tags.isUntagged(m), !isTitleHead(m) { m += 1 }
                if !(m < limit && isTitleHead(m)) {
                    words.append(tokens[i].text)
                    i += 1
                }
            }
        }
    }

    /// A complement whose body is a known entity, at `k` ("for the OSCE", "of Xland’s State Border Guard"):
    /// where the title is held. Returns whether the title goes on after it ("to the OSCE Secretary General").
    private mutating func readKnownComplement(_ tagKey: Findings.Key, of words: inout [String], at i: inout Int, body k: Int,
                                              determiner: Bool, limit: Int, affiliation: inout Affiliation) -> Bool {
        let afterEntity = extent(k).upperBound
        // "to the OSCE Secretary General": the title goes on after the organization.
        if afterEntity < limit, isTitleHead(afterEntity) || isTitleWord(afterEntity), tagKey.kind == .organization,
           tokens[afterEntity - 1].kind != .possessive {
            var m = afterEntity
            var rest: [String] = []
            while m < limit, tokens[m].isCapitalized, tags.isUntagged(m) { rest.append(tokens[m].text); m += 1 }
            words += [tokens[i].text] + (determiner ? [tokens[k - 1].key] : []) + rest
            affiliation.note(tagKey, in: findings, parents: parents(of: tagKey))
            tag(afterEntity, m, .title)
            i = m
            return true
        }
        affiliation.note(tagKey, in: findings, parents: parents(of: tagKey))
        // "with the X’s Y Unit": the body the organization's possessive leads to is its own part.
        if tagKey.kind == .organization, tokens[afterEntity - 1].kind == .possessive, afterEntity < limit,
           let owned = ownedBody(after: afterEntity, owner: tagKey, limit: limit) {
            if affiliation.organization == tagKey { affiliation.organization = owned.key }
            i = owned.end
            return false
        }
        // "Deputy Director of Xland’s State Border Guard …": an organization after the state.
        if tagKey.kind == .state, afterEntity < limit, tokens[afterEntity].isCapitalized, tags.isUntagged(afterEntity),
           let org = readOrganizationPhrase(from: k, limit: limit) {
            affiliation.organization = affiliation.organization ?? org.key
            i = org.end
        } else if let org = readOrganizationPhrase(from: k, limit: limit), org.key != tagKey, org.end > afterEntity {
            // A body named from the organization on ("the X’s Y Unit", "the X Mission’s Y Department")
            // is one of its parts: narrower, so it is where the title is held.
            if affiliation.organization == nil || affiliation.organization == tagKey { affiliation.organization = org.key }
            i = org.end
        } else {
            i = afterEntity
        }
        return false
    }

    /// "…, speaking on behalf of Xland’s 2015 OSCE Chairmanship": the person acts for that body. A
    /// chairmanship is held by a state, whose official the person is; a state is itself the affiliation.
    func readActingFor(after: Int, sentenceOf from: Int, into affiliation: inout Affiliation) {
        var k = after
        while k < tokens.count, sameSentence(k, from) {
            if let length = cueLength(.actingFor, at: k) {
                var m = k + length
                if isDefiniteArticle(m) { m += 1 }
                if let tagKey = entityTag(m) {
                    if tagKey.kind == .organization, let s = findings.entities[tagKey]?.state {
                        affiliation.state = Findings.Key(kind: .state, id: s)
                        affiliation.actingFor = tagKey
                    } else {
                        affiliation.note(tagKey, in: findings, parents: parents(of: tagKey))
                    }
                }
                return
            }
            k += 1
        }
    }
}

extension AnnotatedRelease {
    /// The body named after an organization's possessive at `k` ("the X Mission’s Y Department"): a part of
    /// the owner, already tagged or read here with a head noun.
    mutating func ownedBody(after k: Int, owner: Findings.Key, limit: Int) -> (key: Findings.Key, end: Int)? {
        if let owned = entityTag(k) {
            return owned.kind == .organization ? (owned, extent(k).upperBound) : nil
        }
        guard tokens[k].isCapitalized, let org = readOrganizationPhrase(from: k, limit: limit, requireHead: true) else { return nil }
        if findings.entities[org.key]?.parent == nil, !parents(of: owner).contains(org.key.id) {
            findings.entities[org.key]?.parent = owner.id
        }
        return org
    }
}

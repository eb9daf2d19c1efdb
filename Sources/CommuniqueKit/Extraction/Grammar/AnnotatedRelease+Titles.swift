/// Titles and the roles they state: "Senior Adviser to the Secretary General", "Head of the Border
/// Police Department of Xland", read backwards before a name or forwards in an apposition.

extension AnnotatedRelease {
    /// The title that ends at `last` (inclusive), read backwards: capitalized words and title connectors,
    /// back to a comma, a lower-case word or the start of the sentence.
    func titleSpan(endingAt last: Int) -> (Int, Int)? {
        var start = last
        var sawHead = isTitleHead(last)
        while start - 1 >= 0, sameSentence(start - 1, last), last - start < 12 {
            let p = start - 1
            let t = tokens[p]
            if t.kind == .possessive || t.isCapitalized || (["of", "for", "to", "on", "the", "and"].contains(t.key) && tokens[start].isCapitalized) {
                if case .name? = tags[p] { break }
                start = p
                if isTitleHead(p) { sawHead = true }
                continue
            }
            break
        }
        while start <= last, ["of", "for", "to", "on", "the", "and"].contains(key(start)) { start += 1 }
        guard sawHead, start <= last else { return nil }
        return (start, last + 1)
    }

    /// Reads one or more titles with their affiliation from `from` up to `limit`, and records the roles.
    @discardableResult
    mutating func readRoles(_ person: Findings.Key, from: Int, limit: Int, after: Int) -> Int {
        var titles: [(Int, [String])] = []
        var organization: Findings.Key? = nil
        var state: Findings.Key? = nil
        var i = from
        func noteAffiliation(_ key: Findings.Key) {
            if key.kind == .state { state = state ?? key } else { organization = organization ?? key }
            if let entity = findings.entities[key], let s = entity.state { state = state ?? Findings.Key(kind: .state, id: s) }
        }
        while i < limit {
            if ["the", "a", "an"].contains(key(i)) { i += 1; continue }
            // An affiliation before the title: "OSCE", "Afghanistan’s", "Kazakh".
            if let tagKey = entityTag(i), titles.isEmpty || titles.last!.1.isEmpty {
                noteAffiliation(tagKey)
                i = extent(i).1
                continue
            }
            guard tokens[i].isCapitalized, tags[i] == nil || tags[i] == .title else { break }
            var words: [String] = []
            let start = i
            while i < limit, tokens[i].isCapitalized, tags[i] == nil || tags[i] == .title {
                words.append(tokens[i].text)
                i += 1
            }
            guard (start..<i).contains(where: isTitleHead) else { i = start; break }
            // Continuations: "for Border Affairs", "of Programmes to Counter …", "to the OSCE Secretary General".
            while i < limit, ["of", "for", "to", "on", "at", "in", "with"].contains(key(i)) {
                var k = i + 1
                let determiner = key(k) == "the"
                if determiner { k += 1 }
                guard k < limit else { break }
                if let tagKey = entityTag(k) {
                    let (_, afterEntity) = extent(k)
                    // "to the OSCE Secretary General": the title goes on after the organization.
                    if afterEntity < limit, isTitleHead(afterEntity) || isTitleWord(afterEntity), tagKey.kind == .organization {
                        var m = afterEntity
                        var rest: [String] = []
                        while m < limit, tokens[m].isCapitalized, tags[m] == nil { rest.append(tokens[m].text); m += 1 }
                        words += [tokens[i].text] + (determiner ? ["the"] : []) + rest
                        noteAffiliation(tagKey)
                        tag(afterEntity, m, .title)
                        i = m
                        continue
                    }
                    noteAffiliation(tagKey)
                    // "Deputy Director of Latvia’s State Border Guard …": an organization after the state.
                    if tagKey.kind == .state, afterEntity < limit, tokens[afterEntity].isCapitalized, tags[afterEntity] == nil,
                       let org = readOrganizationPhrase(from: k, limit: limit) {
                        organization = organization ?? org.key
                        i = org.end
                    } else if let org = readOrganizationPhrase(from: k, limit: limit), org.key != tagKey, org.end > afterEntity {
                        organization = organization ?? org.key
                        i = org.end
                    } else {
                        i = afterEntity
                    }
                    break
                }
                if determiner || key(i) == "at" || key(i) == "with" {
                    if let org = readOrganizationPhrase(from: k, limit: limit) {
                        noteAffiliation(org.key)
                        i = org.end
                    }
                    break
                }
                guard tokens[k].isCapitalized, tags[k] == nil else { break }
                words.append(tokens[i].text)
                i += 1
                while i < limit, tokens[i].isCapitalized, tags[i] == nil {
                    words.append(tokens[i].text)
                    i += 1
                }
            }
            titles.append((start, words))
            tag(start, min(i, limit), .title)
            if key(i) == "and", i + 1 < limit, tokens[i + 1].isCapitalized { i += 1; continue }
            break
        }
        var actingFor: Findings.Key? = nil
        if organization == nil && state == nil {
            // "…, speaking on behalf of Serbia’s 2015 OSCE Chairmanship": the person acts for that body. A
            // chairmanship is held by a state, whose official the person is; a state is itself the affiliation.
            var k = after
            while k + 3 < tokens.count, sameSentence(k, from) {
                if key(k) == "on", key(k + 1) == "behalf", key(k + 2) == "of" {
                    var m = k + 3
                    if key(m) == "the" { m += 1 }
                    if let tagKey = entityTag(m) {
                        if tagKey.kind == .organization, let s = findings.entities[tagKey]?.state {
                            state = Findings.Key(kind: .state, id: s)
                            actingFor = tagKey
                        } else {
                            noteAffiliation(tagKey)
                        }
                    }
                    break
                }
                k += 1
            }
        }
        let holder = organization ?? state
        for (start, words) in titles where !words.isEmpty {
            var title = words.joined(separator: " ")
            title = title.replacingOccurrences(of: " the the ", with: " the ")
            findings.roles.append(Findings.Role(
                person: person, title: title, organization: holder, state: state, actingFor: actingFor,
                span: span(start, min(max(i, start + 1), tokens.count))))
        }
        return max(i, from)
    }
}

/// Organization names by the shape of their phrase, for the stages that meet one in a title or alone.

extension AnnotatedRelease {
    /// An organization named by the shape of its phrase: "State Agency for Drug Control",
    /// "Estonian Interior Ministry", "Polish Permanent Mission to the United Nations in Geneva".
    mutating func readOrganizationPhrase(from: Int, limit: Int, requireHead: Bool = false) -> (key: Findings.Key, end: Int)? {
        var i = from
        if isDefiniteArticle(i) { i += 1 }
        var stateID: String? = nil
        var nameStart = i
        var possessiveForm: String? = nil
        if let tagKey = entityTag(i), tagKey.kind == .state {
            let after = extent(i).upperBound
            stateID = tagKey.id
            if tokens[after - 1].kind == .possessive {
                possessiveForm = text(i, after)
                nameStart = after
            }
            i = after
        } else if let tagKey = entityTag(i), tagKey.kind == .organization {
            return nil
        }
        var end = i
        var k = i
        while k < limit, k < tokens.count {
            if tokens[k].isCapitalized, tags[k] == nil || entityTag(k)?.kind == .state {
                k += 1
                end = k
                continue
            }
            if isCue(.nameConnector, k), k + 1 < limit, tokens[k + 1].isCapitalized || isDefiniteArticle(k + 1) {
                k += 1
                continue
            }
            break
        }
        guard end > nameStart else { return nil }
        let hasHead = (nameStart..<end).contains { extractor.knowledge.organizationHeads.contains(tokens[$0].text) }
        if requireHead && !hasHead { return nil }
        guard end - nameStart >= 2 || (!hasHead && tokens[nameStart].isAllCaps) else { return nil }
        let name = text(nameStart, end)
        if let (entry, length) = extractor.gazetteer.match(tokens, at: nameStart), length == end - nameStart, case .organization(let id) = entry {
            let key = ensureOrganization(id)
            tag(nameStart, end, .entity(key))
            mention(key, nameStart, end)
            return (key, end)
        }
        let key = Findings.Key(kind: .organization, id: LocalName.entity(named: name))
        if findings.entities[key] == nil {
            var entity = Findings.Entity(key: key, name: name)
            entity.state = stateID
            findings.entities[key] = entity
        }
        if let possessiveForm { findings.entities[key]?.alternateNames.insert(possessiveForm + " " + name) }
        // "the United States Government": the article the state's name began with now begins the body's.
        if nameStart > 0, isDefiniteArticle(nameStart - 1), let before = entityTag(nameStart - 1), before.kind == .state,
           before.id == stateID {
            tags[nameStart - 1] = nil
        }
        tag(nameStart, end, .entity(key))
        mention(key, nameStart, end)
        return (key, end)
    }
}

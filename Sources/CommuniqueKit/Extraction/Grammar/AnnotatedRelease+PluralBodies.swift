/// "the Interior Ministries of Xland, Yland and Zland": one body per state a plural head is "of".

extension AnnotatedRelease {
    /// Reads capitalized words that end in a plural head, then "of" and a list of states: one body per
    /// state, named with the singular head and the state ("Interior Ministry of Xland"), every one a party
    /// where the phrase is one. Returns the token after the list.
    mutating func readPluralBodiesOfStates(at i: Int) -> Int? {
        guard let (words, k) = pluralHead(from: i, sentenceOf: i), key(k) == "of" else { return nil }
        var states: [Int] = []
        var m = k + 1
        while m < tokens.count, sameSentence(i, m) {
            if isDefiniteArticle(m) { m += 1 }
            guard let state = entityTag(m), state.kind == .state else { break }
            states.append(m)
            guard let next = listItem(after: extent(m).upperBound) else { break }
            m = next
        }
        guard states.count >= 2 else { return nil }
        let end = extent(states.last!).upperBound
        let whole = span(i, end)
        var keys: [Findings.Key] = []
        for state in states {
            // The state as written, its article too ("Interior Ministry of the Russian Federation").
            let from = isDefiniteArticle(state - 1) ? state - 1 : state
            let name = words.joined(separator: " ") + " of " + text(from, extent(state).upperBound)
            keys.append(addBodyOfState(named: name, state: state, span: whole))
        }
        // The whole phrase is read as the bodies (the states keep their mentions, not their tags here).
        tag(i, end, .entity(keys[0]))
        coordinatedBodies[i] = keys
        return end
    }

    /// The capitalized words from `start` not yet read, in the sentence of `sentence`, when they end in a
    /// plural head noun: with the head made singular ("Interior Ministries" → "Interior Ministry"), and the
    /// token after them.
    func pluralHead(from start: Int, sentenceOf sentence: Int) -> (words: [String], end: Int)? {
        var k = start
        while k < tokens.count, sameSentence(sentence, k), tokens[k].isCapitalized, tags.isUntagged(k) { k += 1 }
        // The words are made only once their last is known to be a plural head (most runs end otherwise).
        guard k > start, let singular = extractor.organizationSingulars[tokens[k - 1].text] else { return nil }
        var words = tokens[start..<(k - 1)].map(\.text)
        words.append(singular)
        return (words, k)
    }

    /// Where a list goes on after an item that ends at `end`: the token after a comma, "and" or ", and";
    /// nil when the list ends there.
    func listItem(after end: Int) -> Int? {
        var m = end
        if word(m) == "," { m += 1 }
        if isConjunction(m) { return m + 1 }
        return word(m - 1) == "," ? m : nil
    }

    /// One body of a coordination: the organization of that name, belonging to the state tagged at `state`,
    /// mentioned by the whole phrase.
    mutating func addBodyOfState(named name: String, state: Int, span whole: Findings.Span) -> Findings.Key {
        let key = ensureBody(named: name, state: entityTag(state)?.id)
        findings.mentions.append(Findings.Mention(key: key, span: whole))
        return key
    }
}

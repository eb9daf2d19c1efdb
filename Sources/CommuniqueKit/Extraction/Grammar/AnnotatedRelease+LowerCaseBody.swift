/// Bodies named by a state and a head noun in lower case: "the Xlandic customs service", "the Xland government".

extension AnnotatedRelease {
    /// The body named by the state tagged at `i`, up to two lower-case words and a lower-case head of the
    /// `lower-case-body-head` list; returns the token after it. "the Xlandic police" stays the state's police.
    mutating func readLowerCaseBody(at i: Int) -> Int? {
        guard let state = entityTag(i), state.kind == .state else { return nil }
        let after = extent(i).upperBound
        guard tokens[after - 1].kind != .possessive else { return nil }
        var k = after
        while k < tokens.count, k - after <= 2, sameSentence(i, k), tokens[k].isWord, !tokens[k].isCapitalized, entityTag(k) == nil {
            if isCue(.lowerCaseBodyHead, k) {
                let key = ensureBody(named: text(i, k + 1), state: state.id)
                if k > after { bodyCores[key] = (after...k).map { tokens[$0].key }.joined(separator: " ") }
                // "the United States government": the article of the state's name is no part of the body's.
                for a in extent(i).lowerBound..<i { tags[a] = nil }
                tag(i, k + 1, .entity(key))
                mention(key, i, k + 1)
                return k + 1
            }
            if isCue(.neverName, k) { return nil }
            k += 1
        }
        return nil
    }
}

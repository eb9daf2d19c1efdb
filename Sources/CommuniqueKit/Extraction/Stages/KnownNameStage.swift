/// Tags the states, known organizations and OSCE Chairmanships named in the body, longest name first.
///
/// Needs: tokens. Adds: entity tags and mentions of states, known organizations and chairmanships.
struct KnownNameStage: ExtractionStage {
    static let needs: Set<Annotation> = [.tokens]
    static let adds: Set<Annotation> = [.knownNames]
    func run(on release: inout AnnotatedRelease) { release.readKnownNames() }
}

extension AnnotatedRelease {
    fileprivate mutating func readKnownNames() {
        // Where "OSCE Chairmanship" is written: most tokens start no chairmanship, and are told so by this list.
        let chairmanshipNouns = tokens.indices.filter { $0 > 0 && isCue(.chairmanshipNoun, $0) && isCue(.chairmanshipBody, $0 - 1) }
        var nextNoun = 0
        var i = 0
        while i < tokens.count {
            while nextNoun < chairmanshipNouns.count, chairmanshipNouns[nextNoun] <= i { nextNoun += 1 }
            if nextNoun < chairmanshipNouns.count, chairmanshipNouns[nextNoun] < i + 8, let (key, length) = chairmanship(at: i) {
                tag(i, i + length, .entity(key))
                mention(key, i, i + length)
                i += length
                continue
            }
            guard let (entry, length) = knownName(at: i) else { i += 1; continue }
            // "Jane Holland": a state's one-word name after a first name is a surname.
            if case .state = entry, length == 1, isNameWord(i - 1), sameSentence(i - 1, i) { i += 1; continue }
            // "the General Secretariat": a body's one-word name ("Secretariat") after a capitalized word is the
            // end of another body's name.
            if case .organization = entry, length == 1, !tokens[i].isAllCaps, i > 0, tokens[i - 1].isCapitalized,
               tags.isUntagged(i - 1), !isCue(.determiner, i - 1), sameSentence(i - 1, i) { i += 1; continue }
            var end = i + length
            let key = ensure(entry)
            if end < tokens.count, tokens[end].kind == .possessive { end += 1 }
            tag(i, end, .entity(key))
            mention(key, i, i + length)
            // "the EU-UNDP X Programme": the compound of its implementers is written as part of its name.
            if key.kind == .organization, i > 0, tokens[i - 1].hasHyphen, tokens[i - 1].isAllCaps,
               entityTag(i - 1)?.kind == .organization, extent(i - 1).count == 1, sameSentence(i - 1, i) {
                let written = text(i - 1, i + length)
                findings.entities[key]?.alternateNames.insert(written)
            }
            i = end
        }
    }

    /// "Serbia’s 2015 OSCE Chairmanship", "the Irish OSCE Chairmanship", "OSCE Chairmanship".
    fileprivate mutating func chairmanship(at i: Int) -> (Findings.Key, Int)? {
        var j = i
        var stateID: String? = nil
        if isDefiniteArticle(j) { j += 1 }
        if let (entry, length) = knownName(at: j) {
            switch entry {
            case .state(let id), .stateAdjective(let id):
                stateID = id
                j += length
                if j < tokens.count, tokens[j].kind == .possessive { j += 1 }
            case .organization: break
            }
        }
        var explicitYear: Int? = nil
        if j < tokens.count, tokens[j].kind == .number, let y = Int(tokens[j].text), (1990...2100).contains(y) {
            explicitYear = y
            j += 1
        }
        guard isCue(.chairmanshipBody, j), isCue(.chairmanshipNoun, j + 1) else { return nil }
        j += 2
        guard let year = explicitYear ?? chairmanshipYear(of: stateID), let key = ensureChairmanship(year: year) else { return nil }
        var start = i
        if isDefiniteArticle(i) { start += 1 }
        if let stateID, start < j {
            let stateKey = ensureState(stateID)
            var stateEnd = start + 1
            while stateEnd < j, knownName(at: start).map({ start + $0.length > stateEnd }) ?? false { stateEnd += 1 }
            mention(stateKey, start, stateEnd)
        }
        let surface = AnnotatedRelease.droppingThe(text(start, j))
        findings.entities[key]?.alternateNames.insert(surface)
        if start > i { tags[i] = nil }
        return (key, j - i)
    }
}

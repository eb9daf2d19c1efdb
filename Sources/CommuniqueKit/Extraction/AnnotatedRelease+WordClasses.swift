/// Word classes of the tokens, from the lexicon and what earlier stages tagged: title words, honorifics,
/// speech verbs, name words, particles.

extension AnnotatedRelease {
    func isTitleWord(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isCapitalized else { return false }
        return classes[i].contains(.titleHead) || classes[i].contains(.titleModifier)
    }

    func isTitleHead(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isCapitalized && classes[i].contains(.titleHead)
    }

    func isHonorific(_ i: Int) -> Bool { i >= 0 && i < tokens.count && classes[i].contains(.honorific) }

    func isSpeechVerb(_ i: Int) -> Bool { i >= 0 && i < tokens.count && classes[i].contains(.speechVerb) }

    /// Whether the token at `i` can be a word of a person's name: capitalized, untagged, no honorific nor
    /// word that never names, and shaped as a name (`isNameShaped`). Inlined: the stages ask it of most
    /// tokens, and a call would copy the release.
    @inline(__always) func isNameWord(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isCapitalized, tags.isUntagged(i), !classes[i].contains(.neverName),
              !isHonorific(i) else { return false }
        return AnnotatedRelease.isNameShaped(tokens[i], titleAndRankWords: extractor.titleAndRankWords)
    }

    /// Whether a capitalized word is shaped as a word of a name: no acronym, no abbreviation (a middle
    /// initial is one), no titles joined by hyphens.
    static func isNameShaped(_ token: Token, titleAndRankWords titleWords: Set<String>) -> Bool {
        let text = token.text
        // A middle initial ("Q.") is part of a name; other words in capitals are acronyms.
        let endsWithDot = text.utf8.last == UInt8(ascii: ".") && text.hasSuffix(".")
        if token.isAllCaps, text.count > 1, !(text.count == 2 && endsWithDot) { return false }
        if endsWithDot, text.count > 2 { return false }
        // "Senator-Mayor", "Colonel-General": titles and ranks joined by a hyphen are no name.
        if token.hasHyphen {
            let parts = text.split(separator: "-").map(String.init)
            if parts.allSatisfy({ titleWords.contains($0) || titleWords.contains($0.prefix(1).uppercased() + $0.dropFirst()) }) { return false }
        }
        return true
    }

    func isParticle(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tags.isUntagged(i) && classes[i].contains(.nameParticle) }

    /// Whether the token at `i` is a word of the cue kind (false outside the text).
    func isCue(_ kind: CueLexicon.Kind, _ i: Int) -> Bool {
        i >= 0 && i < tokens.count && cueKinds[i].words.contains(kind)
    }

    /// The length of the longest cue phrase of the kind that starts at `i`, if one does. The test of the
    /// token's cue kinds is inlined (most tokens start no phrase; a call would copy the release).
    @inline(__always) func cueLength(_ kind: CueLexicon.Kind, at i: Int) -> Int? {
        guard i >= 0, i < tokens.count, cueKinds[i].phrases.contains(kind) else { return nil }
        return cuePhraseLength(kind, at: i)
    }

    /// The length of the longest cue phrase of the kind that starts at `i`, a token that starts one.
    private func cuePhraseLength(_ kind: CueLexicon.Kind, at i: Int) -> Int? {
        for phrase in extractor.cues.phrases(startingWith: tokens[i].key, of: kind) where (1..<phrase.count).allSatisfy({ key(i + $0) == phrase[$0] }) {
            return phrase.count
        }
        return nil
    }

    /// Whether the entity tagged at `i` can be a party of an event (an organizer, partner or funder): not
    /// a hyphenated modifier ("EU-funded", "UNDP-implemented"), not a state named by its adjective
    /// ("Tajik officers").
    func isParty(at i: Int) -> Bool {
        guard let key = entityTag(i) else { return false }
        let range = extent(i)
        if range.count == 1, tokens[range.lowerBound].hasHyphen { return false }
        // "the Xlandic authorities" are the state itself; "Xlandic officers" are only from it.
        if key.kind == .state, isStateAdjective(at: range.lowerBound) { return isCue(.stateAuthorityNoun, range.upperBound) }
        return true
    }

    /// The longest known name that starts at `i` (`Gazetteer.match`), looked for only where a token can
    /// start one: the first word of a longer name, a name of one word, or a word with a hyphen ("UN-led").
    @inline(__always) func knownName(at i: Int) -> (entry: Gazetteer.Entry, length: Int)? {
        guard i >= 0, i < tokens.count,
              classes[i].contains(.nameStart) || classes[i].contains(.knownSingle) || tokens[i].hasHyphen else { return nil }
        return extractor.gazetteer.match(tokens, at: i)
    }

    /// Whether the token at `i` starts a state named by its adjective ("Xlandic").
    @inline(__always) func isStateAdjective(at i: Int) -> Bool {
        guard i >= 0, i < tokens.count, entityTag(i)?.kind == .state else { return false }
        if case .stateAdjective? = knownName(at: i)?.entry { return true }
        return false
    }

    /// Whether the token at `i` names a state the way an adjective does before a noun: an adjective
    /// ("French Embassy"), or an abbreviation of its name in capitals ("U.S. Embassy", "UK Embassy").
    @inline(__always) func isAttributiveState(at i: Int) -> Bool {
        // One look-up of the known name: an adjective, or a state's name of one word in capitals.
        guard i >= 0, i < tokens.count, entityTag(i)?.kind == .state, let (entry, length) = knownName(at: i) else { return false }
        switch entry {
        case .stateAdjective: return true
        case .state: return length == 1 && tokens[i].isAllCaps
        case .organization: return false
        }
    }

    /// Whether a clause ends at `i`: a word that starts another clause ("which", "aims"), "and" or "to"
    /// before a lower-case word that is no determiner ("and aims to", "to develop").
    func endsClause(at i: Int) -> Bool {
        guard i >= 0, i < tokens.count, entityTag(i) == nil else { return false }
        if isCue(.clauseEnd, i) { return true }
        guard isConjunction(i) || isCue(.infinitiveMarker, i), i + 1 < tokens.count, sameSentence(i, i + 1) else { return false }
        let next = i + 1
        return tokens[next].isWord && !tokens[next].isCapitalized && entityTag(next) == nil && !isCue(.determiner, next)
            && cueLength(.partnerCue, at: next) == nil && cueLength(.funderCue, at: next) == nil
    }

    /// Whether the token at `i` is an event noun or its plural ("meetings").
    func isEventNounOrPlural(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        return classes[i].contains(.eventNoun) || classes[i].contains(.eventNounPlural)
    }

    /// Whether two tokens have the same key: told apart first by their classes that go with the key (most
    /// pairs differ there), then by comparing the keys.
    @inline(__always) func hasSameKey(_ i: Int, _ j: Int) -> Bool {
        classes[i].byKey == classes[j].byKey && tokens[i].key == tokens[j].key
    }

    /// The sentences that name the event by its noun (any mention of the noun at `noun`).
    func sentencesNaming(noun: Int) -> SentenceSet {
        if noun == eventNoun, let known = eventNounSentences { return known }
        var sentences = SentenceSet(sentenceCount: (tokens.last?.sentence ?? -1) + 1)
        for index in tokens.indices where hasSameKey(index, noun) { sentences.insert(tokens[index].sentence) }
        return sentences
    }

    /// Whether the token at `i` is "and".
    func isConjunction(_ i: Int) -> Bool { key(i) == "and" }

    /// Whether the token at `i` is "the".
    func isDefiniteArticle(_ i: Int) -> Bool { key(i) == "the" }

    /// The name at `a..<b` with the speech verb next to it: "Jane Doe said", "said Jane Doe".
    func speechSpan(_ a: Int, _ b: Int) -> Findings.Span {
        isSpeechVerb(b) ? span(a, b + 1) : span(max(0, a - 1), b)
    }

    /// Where, in scalars of the file's text, the last occurrence of a metadata text (headline, source) before
    /// the body starts; 0 when there is none. Only the head of the file is read.
    ///
    /// The search compares UTF-8 bytes: the text begins with a scalar's first byte, so a match of its bytes
    /// starts where a scalar does and is a match of its scalars.
    func metadataOffset(of text: String) -> Int {
        var file = release.text, needle = text
        return file.withUTF8 { bytes in
            needle.withUTF8 { needle in
                // The head: the bytes of the first `bodyOffset` scalars (those that are no continuation byte).
                var headEnd = 0, scalars = 0
                while headEnd < bytes.count, scalars < release.bodyOffset || bytes[headEnd] & 0xC0 == 0x80 {
                    if bytes[headEnd] & 0xC0 != 0x80 { scalars += 1 }
                    headEnd += 1
                }
                guard !needle.isEmpty, headEnd >= needle.count else { return 0 }
                for start in stride(from: headEnd - needle.count, through: 0, by: -1) where bytes[start] == needle[0] {
                    if UnsafeBufferPointer(rebasing: bytes[start..<(start + needle.count)]).elementsEqual(needle) {
                        return bytes[..<start].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                    }
                }
                return 0
            }
        }
    }
}

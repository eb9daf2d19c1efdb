/// Finds the event the release reports: the first event noun that is no verb's complement, its label (the
/// best-described mention of that noun), its type and place (the dateline's).
///
/// Needs: tokens. Adds: the event and its noun.
struct EventStage: ExtractionStage {
    static let needs: Set<Annotation> = [.tokens]
    static let adds: Set<Annotation> = [.event]
    func run(on release: inout AnnotatedRelease) { release.readEvent() }
}

extension AnnotatedRelease {
    fileprivate mutating func readEvent() {
        // An event noun inside a body's name ("Centre for Specialized Training") names no event.
        func isEventNoun(_ i: Int) -> Bool {
            classes[i].contains(.eventNoun) && !isCue(.eventNounBlocker, i - 1) && entityTag(i) == nil
        }
        // The plural of an event noun ("courses"), as an event only where it is marked.
        func pluralEventNoun(_ i: Int) -> String? {
            guard classes[i].contains(.eventNounPlural), !isCue(.eventNounBlocker, i - 1), entityTag(i) == nil else { return nil }
            return String(tokens[i].key.dropLast())
        }
        func type(_ i: Int) -> String { isEventNoun(i) ? tokens[i].key : pluralEventNoun(i) ?? tokens[i].key }
        // The kind of event a duration or an agent marks ("a three-day study visit", "OSCE-organized courses"),
        // else the first telling one, else any; of that kind, its first telling mention.
        let marked = tokens.indices.first(where: { (isEventNoun($0) || pluralEventNoun($0) != nil) && isMarkedEvent($0) })
        let telling = tokens.indices.first(where: { isEventNoun($0) && !isCue(.genericEventNoun, $0) })
        guard let noun = marked.flatMap({ m in telling.map { type($0) == type(m) && $0 < m ? $0 : m } ?? m })
            ?? telling ?? tokens.indices.first(where: isEventNoun)
        else { return }
        let type = type(noun)
        // The label: the best-described mention of the event noun, with its modifiers and an "on …" phrase.
        let labelTokens = tokens.indices.filter { isEventNoun($0) && hasSameKey($0, noun) }
            .map(labelRange(noun:))
            .max { a, b in labelScore(a) < labelScore(b) || (labelScore(a) == labelScore(b) && a.lowerBound > b.lowerBound) }
            ?? labelRange(noun: noun)
        let (from, to) = (labelTokens.lowerBound, labelTokens.upperBound)
        var label = text(from, to)
        if label.first?.isLowercase == true { label = label.prefix(1).uppercased() + label.dropFirst() }
        // The key is provisional: the identity stage names the event once its dates and place are read.
        let provisional = Findings.Key(kind: .event, id: "")
        findings.events.append(Findings.Event(key: provisional, type: type, label: label, start: nil, end: nil,
                                              place: release.place, span: span(from, to)))
        eventNoun = noun
        eventNounSentences = sentencesNaming(noun: noun)
    }

    /// Whether a word of the three before the noun, or before the capitalized name in front of it, in its
    /// sentence, ends as a duration or an agent does ("a ten-day Border Awareness (BA) course").
    fileprivate func isMarkedEvent(_ noun: Int) -> Bool {
        let endings = extractor.knowledge.cues.entries(of: .eventMarkerEnding)
        var name = noun
        if word(name - 1) == ")", word(name - 3) == "(" { name -= 3 }
        while name - 1 >= 0, noun - name < 8, sameSentence(name - 1, noun), tokens[name - 1].isCapitalized, entityTag(name - 1) == nil { name -= 1 }
        return (max(0, name - 3)..<noun).contains { i in
            guard sameSentence(i, noun), tokens[i].kind == .word,
                  tokens[i].hasHyphen || !extractor.eventMarkerEndingsHaveHyphens else { return false }
            let lower = word(i).lowercased()
            return endings.contains { lower.hasSuffix($0) }
        }
    }

    /// The words that name the event at one mention of its noun: modifiers before it ("OSCE expert", "annual
    /// regional") and an "on …" phrase after it, without a leading duration ("two-day").
    fileprivate func labelRange(noun: Int) -> Range<Int> {
        var from = noun
        while from - 1 >= 0, sameSentence(from - 1, noun), tokens[from - 1].kind == .word || tokens[from - 1].kind == .number,
              !isCue(.labelStop, from - 1),
              tokens[from - 1].isCapitalized || tokens[from - 1].hasHyphen || tokens[from - 1].kind == .number
                || isCue(.labelModifier, from - 1) {
            from -= 1
        }
        // Lower-case modifiers between a determiner and the noun: "the OSCE-wide drugs conference".
        var k = from
        while k - 1 >= 0, noun - (k - 1) <= 4, sameSentence(k - 1, noun), tokens[k - 1].kind == .word, !isCue(.labelStop, k - 1),
              !isSpeechVerb(k - 1), !key(k - 1).hasSuffix("ed"), !key(k - 1).hasSuffix("ing") {
            k -= 1
        }
        if k < from, isCue(.determiner, k - 1) { from = k }
        // A leading duration tells how long, not which: "two-day", "one-and-a-half day".
        while from < noun {
            let lower = word(from).lowercased()
            guard lower.hasSuffix("-day") || lower.hasSuffix("-days") || lower.hasSuffix("-and-a-half") || lower == "day" else { break }
            from += 1
        }
        var to = noun + 1
        if isCue(.labelSubject, to) {
            var k = to + 1
            while k < tokens.count, k - to < 10, sameSentence(k, noun), tokens[k].kind == .word || tokens[k].kind == .number,
                  !isCue(.labelSubjectStop, k) {
                k += 1
            }
            to = k
        }
        return from..<to
    }

    /// How well a label range names the event: its length, and more for capitalized words (names, acronyms).
    fileprivate func labelScore(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + 1 + (tokens[$1].isCapitalized ? 1 : 0) }
    }
}

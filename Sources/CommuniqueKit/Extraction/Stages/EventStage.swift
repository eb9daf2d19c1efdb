/// Finds the event the release reports: the first event noun that is no verb's complement, its label (the
/// best-described mention of that noun), its type, start and end (the release date, "yesterday", a
/// duration, "concludes tomorrow") and place (the dateline's).
///
/// Needs: tokens. Adds: the event, its noun, its entity and mention.
struct EventStage: ExtractionStage {
    static let needs: Set<Annotation> = [.tokens]
    static let adds: Set<Annotation> = [.event]
    func run(on release: inout AnnotatedRelease) { release.readEvent() }
}

extension AnnotatedRelease {
    fileprivate mutating func readEvent() {
        func isEventNoun(_ i: Int) -> Bool {
            extractor.knowledge.eventNouns.contains(tokens[i].key) && !isCue(.eventNounBlocker, i - 1)
        }
        guard let noun = tokens.indices.first(where: { isEventNoun($0) && !isCue(.genericEventNoun, $0) })
            ?? tokens.indices.first(where: isEventNoun)
        else { return }
        let type = tokens[noun].key
        // The label: the best-described mention of the event noun, with its modifiers and an "on …" phrase.
        let labelTokens = tokens.indices.filter { tokens[$0].key == tokens[noun].key && isEventNoun($0) }
            .map(labelRange(noun:))
            .max { a, b in labelScore(a) < labelScore(b) || (labelScore(a) == labelScore(b) && a.lowerBound > b.lowerBound) }
            ?? labelRange(noun: noun)
        let (from, to) = (labelTokens.lowerBound, labelTokens.upperBound)
        let yesterday = (noun..<min(tokens.count, noun + 30)).contains { isCue(.pastDay, $0) && sameSentence($0, noun) }
        let start: CalendarDate? = release.datePublished.map { yesterday ? $0.adding(days: -1) : $0 }
        var end = start
        if let start {
            if let days = DurationExpression(numberWords: extractor.numberWords).days(in: tokens) { end = start.adding(days: days - 1) }
            let tomorrow = tokens.indices.contains { isCue(.nextDay, $0) && isCue(.endingVerb, $0 - 1) }
            if tomorrow, let release = release.datePublished { end = max(end ?? start, release.adding(days: 1)) }
        }
        let place = release.place
        let id = LocalName.event(type: type, start: start, place: place)
        let eventKey = Findings.Key(kind: .event, id: id)
        var label = text(from, to)
        if label.first?.isLowercase == true { label = label.prefix(1).uppercased() + label.dropFirst() }
        let event = Findings.Event(key: eventKey, type: type, label: label, start: start, end: end, place: place, span: span(from, to))
        findings.entities[eventKey] = Findings.Entity(key: eventKey, name: label)
        findings.mentions.append(Findings.Mention(key: eventKey, span: event.span))
        findings.events.append(event)
        eventNoun = noun
    }

    /// The words that name the event at one mention of its noun: modifiers before it ("OSCE expert", "annual
    /// regional") and an "on …" phrase after it, without a leading duration ("two-day").
    fileprivate func labelRange(noun: Int) -> Range<Int> {
        var from = noun
        while from - 1 >= 0, sameSentence(from - 1, noun), tokens[from - 1].kind == .word || tokens[from - 1].kind == .number,
              !isCue(.labelStop, from - 1),
              tokens[from - 1].isCapitalized || tokens[from - 1].text.contains("-") || tokens[from - 1].kind == .number
                || isCue(.labelModifier, from - 1) {
            from -= 1
        }
        // Lower-case modifiers between a determiner and the noun: "the OSCE-wide drugs conference".
        var k = from
        while k - 1 >= 0, noun - (k - 1) <= 4, sameSentence(k - 1, noun), tokens[k - 1].kind == .word, !isCue(.labelStop, k - 1),
              !extractor.knowledge.speechVerbs.contains(key(k - 1)), !key(k - 1).hasSuffix("ed"), !key(k - 1).hasSuffix("ing") {
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

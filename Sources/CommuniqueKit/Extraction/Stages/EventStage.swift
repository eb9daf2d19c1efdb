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
        let auxiliaries: Set<String> = ["are", "is", "were", "was", "be", "been", "will", "to", "while", "when"]
        func isEventNoun(_ i: Int) -> Bool {
            extractor.knowledge.eventNouns.contains(tokens[i].key) && !auxiliaries.contains(key(i - 1))
        }
        guard let noun = tokens.indices.first(where: { isEventNoun($0) && tokens[$0].key != "event" })
            ?? tokens.indices.first(where: isEventNoun)
        else { return }
        let type = tokens[noun].key == "roundtable" ? "roundtable" : tokens[noun].key.lowercased()
        // The label: the best-described mention of the event noun, with its modifiers and an "on …" phrase.
        let (from, to) = tokens.indices.filter { tokens[$0].key == tokens[noun].key && isEventNoun($0) }
            .map(labelRange(noun:))
            .max { a, b in labelScore(a) < labelScore(b) || (labelScore(a) == labelScore(b) && a.0 > b.0) }
            ?? labelRange(noun: noun)
        let yesterday = (noun..<min(tokens.count, noun + 30)).contains { key($0) == "yesterday" && sameSentence($0, noun) }
        let start: CalendarDate? = release.datePublished.map { yesterday ? $0.adding(days: -1) : $0 }
        var end = start
        if let start {
            if let days = durationInDays() { end = start.adding(days: days - 1) }
            let tomorrow = tokens.indices.contains { key($0) == "tomorrow" && ["concludes", "ends", "closes", "continues", "conclude", "end", "close"].contains(key($0 - 1)) }
            if tomorrow, let release = release.datePublished { end = max(end ?? start, release.adding(days: 1)) }
        }
        let place = release.place
        let id = Slug.make([type, start?.iso8601 ?? "undated", place ?? ""].joined(separator: " "))
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
    fileprivate func labelRange(noun: Int) -> (Int, Int) {
        let stop: Set<String> = ["a", "an", "the", "in", "at", "to", "of", "by", "and", "that", "this", "is", "was", "its", "their", "over", "for", "during"]
        var from = noun
        while from - 1 >= 0, sameSentence(from - 1, noun), tokens[from - 1].kind == .word || tokens[from - 1].kind == .number,
              !stop.contains(key(from - 1)),
              tokens[from - 1].isCapitalized || tokens[from - 1].text.contains("-") || tokens[from - 1].kind == .number
                || ["expert", "experts", "international", "regional", "high-level", "annual"].contains(key(from - 1)) {
            from -= 1
        }
        // Lower-case modifiers between a determiner and the noun: "the OSCE-wide drugs conference".
        var k = from
        while k - 1 >= 0, noun - (k - 1) <= 4, sameSentence(k - 1, noun), tokens[k - 1].kind == .word, !stop.contains(key(k - 1)),
              !extractor.knowledge.speechVerbs.contains(key(k - 1)), !key(k - 1).hasSuffix("ed"), !key(k - 1).hasSuffix("ing") {
            k -= 1
        }
        if k < from, ["the", "a", "an"].contains(key(k - 1)) { from = k }
        // A leading duration tells how long, not which: "two-day", "one-and-a-half day".
        while from < noun {
            let lower = word(from).lowercased()
            guard lower.hasSuffix("-day") || lower.hasSuffix("-days") || lower.hasSuffix("-and-a-half") || lower == "day" else { break }
            from += 1
        }
        var to = noun + 1
        if ["on", "against", "about"].contains(key(to)) {
            var k = to + 1
            while k < tokens.count, k - to < 10, sameSentence(k, noun), tokens[k].kind == .word || tokens[k].kind == .number,
                  !["organized", "organised", "that", "which", "said", "started", "began", "opened", "is", "was", "will"].contains(key(k)) {
                k += 1
            }
            to = k
        }
        return (from, to)
    }

    /// How well a label range names the event: its length, and more for capitalized words (names, acronyms).
    fileprivate func labelScore(_ range: (Int, Int)) -> Int {
        (range.0..<range.1).reduce(0) { $0 + 1 + (tokens[$1].isCapitalized ? 1 : 0) }
    }

    fileprivate func durationInDays() -> Int? {
        let numbers = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]
        for t in tokens where (t.kind == .word || t.kind == .number) && (t.text.utf8.contains(0x2D) || t.key == "one") {
            let lower = t.text.lowercased()
            if lower.hasPrefix("one-and-a-half") || lower.hasPrefix("one and a half") { return 2 }
            guard lower.hasSuffix("-day") else { continue }
            let head = String(lower.dropLast(4))
            if let n = numbers[head] ?? Int(head) { return n }
            if head.hasSuffix("-and-a-half"), let n = numbers[String(head.dropLast(11))] { return n + 1 }
        }
        return nil
    }
}

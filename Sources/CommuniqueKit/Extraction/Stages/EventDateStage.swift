/// Reads when the event happens, from the sentences that report it: a date or range written there ("from 14
/// to 16 June", "on 22-23 May", "on 5 July"), else a day relative to the release ("today", "yesterday",
/// "tomorrow") with the verb beside it: an ending verb makes it the end ("concluded today"), a starting verb
/// the start ("opened today"), any other the start; a duration ("three-day", "two-week") counts on or back.
/// Without such words the dates stay unknown: the release date alone does not date the event.
///
/// Needs: the event. Adds: its start and end.
struct EventDateStage: ExtractionStage {
    static let needs: Set<Annotation> = [.event]
    static let adds: Set<Annotation> = [.eventDates]
    func run(on release: inout AnnotatedRelease) {
        guard let noun = release.eventNoun else { return }
        let (start, end) = release.readEventDates(noun: noun)
        release.updateEvent { event in
            event.start = start
            event.end = end
        }
    }
}

extension AnnotatedRelease {
    /// The sentences that report the event: the first five of the body (captions and a date line may come
    /// before the lead) and those that name it by its noun ("The two-day conference concludes tomorrow").
    private func reportingSentences(noun: Int) -> [Range<Int>] {
        let named = sentencesNaming(noun: noun)
        var ranges: [Range<Int>] = []
        var start = 0
        for i in tokens.indices where i == tokens.count - 1 || tokens[i + 1].sentence != tokens[i].sentence {
            let sentence = tokens[i].sentence
            if sentence <= 4 || named.contains(sentence) { ranges.append(start..<(i + 1)) }
            start = i + 1
        }
        return ranges
    }

    fileprivate func readEventDates(noun: Int) -> (start: CalendarDate?, end: CalendarDate?) {
        let sentences = reportingSentences(noun: noun)
        let days = DurationExpression(numberWords: extractor.numberWords).days(in: tokens)
        // A written date needs the release only for its year, when it gives none.
        for sentence in sentences {
            if let written = writtenDates(in: sentence, year: release.datePublished?.year) { return written }
        }
        guard let published = release.datePublished else { return (nil, nil) }
        for sentence in sentences {
            var quoted = false
            for i in sentence {
                if tokens[i].kind == .quote { quoted.toggle() }
                guard !quoted, let offset = relativeDay(at: i) else { continue }
                let day = published.adding(days: offset)
                // The verb of the clause: before the day word ("completed the course … today", "the
                // graduation of 25 border, patrol and customs officers today"), or just after.
                let near = max(sentence.lowerBound, i - 25)..<min(sentence.upperBound, i + 4)
                // "today and tomorrow": the two days.
                if isConjunction(i + 1), let second = relativeDay(at: i + 2), second > offset {
                    return (day, published.adding(days: second))
                }
                if near.contains(where: { isCue(.eventEndVerb, $0) }) {
                    return (days.map { day.adding(days: 1 - $0) }, day)
                }
                return (day, days.map { day.adding(days: $0 - 1) })
            }
        }
        // "Experts are meeting in Vienna", "the seminar is taking place": it happens on the release's day.
        for sentence in sentences.prefix(3) {
            if sentence.contains(where: { isCue(.presentAuxiliary, $0) && (isCue(.progressiveVerb, $0 + 1) || isCue(.progressiveVerb, $0 + 2)) }) {
                return (published, days.map { published.adding(days: $0 - 1) })
            }
        }
        return (nil, nil)
    }

    /// The days from the release of a relative day word ("today" 0, "yesterday" -1), if the token is one.
    private func relativeDay(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        return extractor.relativeDays[tokens[i].key]
    }

    /// "from 14 to 16 June", "on 22-23 May 2015", "on 5 July": a date or range after "on" or "from" in the
    /// sentence, in the release's year when it gives none.
    private func writtenDates(in sentence: Range<Int>, year: Int?) -> (start: CalendarDate?, end: CalendarDate?)? {
        for i in sentence where isCue(.dateLead, i) {
            // The next six words but commas, read lazily: the sentence may go on far past them. The closures
            // hold the tokens alone (holding `self` would copy the whole release).
            let tokens = self.tokens
            let rest = Array(((i + 1)..<sentence.upperBound).lazy.filter { tokens[$0].text != "," }.prefix(6).map { tokens[$0].text })
            // "from 14 to 16 June": the first day alone, then the range's end with its month.
            if rest.count >= 4, let first = Int(rest[0]), extractor.cues.contains(key: Token.key(rest[1]), in: .rangeLink),
               let (end, at) = DateExpression.first(in: Array(rest[2...])), at == 0, let y = end.year ?? year {
                return (CalendarDate(year: y, month: end.month, day: first), CalendarDate(year: y, month: end.month, day: end.day))
            }
            guard let (found, at) = DateExpression.first(in: rest), at == 0, let y = found.year ?? year else { continue }
            let start = CalendarDate(year: y, month: found.month, day: found.day)
            // "22-23 May": the range's last day.
            let last = rest[0].split(separator: "-").last.flatMap { Int($0) }
            let end = rest[0].containsASCII("-") ? last.flatMap { CalendarDate(year: y, month: found.month, day: $0) } : nil
            // "concluded its course on 1 November": a single day after an ending verb is the end.
            if end == nil, (sentence.lowerBound..<i).contains(where: { isCue(.eventEndVerb, $0) }) { return (nil, start) }
            return (start, end)
        }
        return nil
    }
}

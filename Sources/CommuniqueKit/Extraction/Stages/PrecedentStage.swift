/// Reads the decisions or earlier events the release says the event follows ("The meeting followed a
/// 2013 decision by the Permanent Council", "builds on the 2012 conference").
///
/// Needs: the event, known names. Adds: the event's precedents.
struct PrecedentStage: ExtractionStage {
    static let needs: Set<Annotation> = [.eventIdentity, .knownNames]
    static let adds: Set<Annotation> = [.precedents]
    func run(on release: inout AnnotatedRelease) {
        let precedents = release.readPrecedents()
        release.updateEvent { $0.precedents = precedents }
    }
}

extension AnnotatedRelease {
    /// The decisions or earlier events the release says the event follows: "The meeting followed a November
    /// 2013 decision by the OSCE Permanent Council", "the workshop builds on the 2012 Dushanbe conference",
    /// "held pursuant to Ministerial Council Decision No. 5/09".
    fileprivate func readPrecedents() -> [Findings.Precedent] {
        let documentNouns = extractor.knowledge.documentNouns
        var found: [Findings.Precedent] = []
        for i in tokens.indices {
            // A cue of the first kind needs the event (its noun, or "it") as its subject right before it.
            let length: Int
            let rule: Findings.Rule
            if let afterEvent = cueLength(.precedentCueAfterEvent, at: i) {
                let subject = (max(0, i - 4)..<i).contains { k in
                    sameSentence(k, i) && (classes[k].contains(.eventNoun) || isCue(.eventPronoun, k))
                }
                guard subject else { continue }
                length = afterEvent
                rule = .precedentAfterEventSubject
            } else if let anywhere = cueLength(.precedentCue, at: i) {
                length = anywhere
                rule = .precedentCue
            } else {
                continue
            }
            var a = i + length
            while isCue(.precedentDeterminer, a) { a += 1 }
            var b = a
            var head: Int? = nil
            while b < tokens.count, b - a < 16, sameSentence(a, b), tokens[b].kind != .quote {
                if word(b) == "," || word(b) == ";" || word(b) == "(" { break }
                if isCue(.precedentEnd, b), head != nil { break }
                if head == nil, classes[b].contains(.eventNoun) || documentNouns.contains(tokens[b].key) { head = b }
                b += 1
            }
            while b > a, [".", "!", "?"].contains(word(b - 1)) { b -= 1 }
            guard let head, b > a, head < b else { continue }
            // A known organization after the head says who issued or held it ("by the OSCE Permanent Council").
            var creator: Findings.Key? = nil
            for k in head..<b { if let tagKey = entityTag(k), tagKey.kind == .organization { creator = tagKey; break } }
            var year: Int? = nil, month: Int? = nil
            for k in a..<b {
                if tokens[k].kind == .number, let n = Int(tokens[k].text), (1900...2100).contains(n) { year = year ?? n }
                if tokens[k].isCapitalized, let m = CalendarDate.month(named: tokens[k].text), tokens[k].text.count > 3 { month = month ?? m }
            }
            if year == nil { month = nil }
            let named = span(a, b)
            var name = named.text
            if name.first?.isLowercase == true { name = name.prefix(1).uppercased() + name.dropFirst() }
            let kind: Findings.Precedent.Kind = classes[head].contains(.eventNoun) ? .event : .document
            let precedent = Findings.Precedent(kind: kind, name: name, year: year, month: month, creator: creator, span: span(i, b), rule: rule)
            if !found.contains(where: { $0.name == name }) { found.append(precedent) }
        }
        return found
    }
}

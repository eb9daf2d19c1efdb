/// Reads quotations and gives each its speaker: a person named just after the closing quote or before the
/// opening one in the same sentence, or the last person named when a pronoun speaks ("she said").
///
/// Needs: people, aliases. Adds: quotations, speakers.
struct QuotationStage: ExtractionStage {
    static let needs: Set<Annotation> = [.people, .aliases]
    static let adds: Set<Annotation> = [.quotations, .speakers]
    func run(on release: inout AnnotatedRelease) { release.readQuotations() }
}

extension AnnotatedRelease {
    fileprivate mutating func readQuotations() {
        var i = 0
        var lastPerson: Findings.Key? = nil
        // The person a token names, if any (out of the text: none).
        func personAt(_ k: Int) -> Findings.Key? {
            guard k >= 0 && k < tags.count, case .name(let p)? = tags[k] else { return nil }
            return p
        }
        while i < tokens.count {
            if let p = personAt(i) { lastPerson = p }
            guard tokens[i].kind == .quote else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, tokens[j].kind != .quote { j += 1 }
            guard j < tokens.count, j > i + 1 else { i += 1; continue }
            // The speaker: a person named within a few tokens after the closing quote, or before the opening
            // one in the same sentence, or the last person named ("he said").
            var speaker: Findings.Key? = nil
            var rule = Findings.Rule.quotationSpeakerAfter
            for k in (j + 1)..<min(tokens.count, j + 6) where speaker == nil && sameSentence(k, j) { speaker = personAt(k) }
            if speaker == nil {
                rule = .quotationSpeakerBefore
                for k in stride(from: i - 1, through: max(0, i - 40), by: -1) where speaker == nil && sameSentence(k, i) {
                    speaker = personAt(k)
                }
            }
            let pronoun = (j + 1..<min(tokens.count, j + 4)).contains { isCue(.speakerPronoun, $0) }
                || (i > 0 && (max(0, i - 4)..<i).contains { isCue(.speakerPronoun, $0) })
            if speaker == nil, pronoun {
                speaker = lastPerson
                rule = .quotationSpeakerByPronoun
            }
            for k in i..<j { if let p = personAt(k) { lastPerson = p } }
            if let speaker {
                let quoted = span(i + 1, j)
                findings.quotations.append(Findings.Quotation(speaker: speaker, text: quoted.text, span: quoted, rule: rule))
                speakers.append((speaker, quoted, .speakerOfQuotation))
                lastPerson = speaker
            }
            i = j + 1
        }
    }
}

/// Finds people as runs of name words with a cue around them (a title or honorific before, an apposition
/// with a title after, a speech verb beside), and reads the roles their titles state.
///
/// Needs: known names. Adds: person tags, person names, speakers, roles, organizations named in titles.
struct PersonStage: ExtractionStage {
    static let needs: Set<Annotation> = [.knownNames]
    static let adds: Set<Annotation> = [.people, .roles, .speakers]
    func run(on release: inout AnnotatedRelease) { release.readPeople() }
}

extension AnnotatedRelease {
    fileprivate mutating func readPeople() {
        var i = 0
        while i < tokens.count {
            guard isNameWord(i) else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, end - i < 6 {
                if isNameWord(end), sameSentence(end, i) { end += 1; continue }
                if isParticle(end), isNameWord(end + 1) || isParticle(end + 1) { end += 1; continue }
                break
            }
            let words = (i..<end).filter { !isParticle($0) }.count
            guard words >= 2, let person = acceptPerson(i, end) else { i = end; continue }
            i = person
        }
    }

    /// Checks the cues around a run of name words; on success records the person and roles, and returns
    /// the index to go on from.
    fileprivate mutating func acceptPerson(_ a: Int, _ b: Int) -> Int? {
        var cue = false
        var titleBefore: (Int, Int)? = nil
        // Title or honorific right before the name, maybe with a comma between ("Minister for X, Jane Doe").
        var before = a - 1
        // An honorific, unless it ends a title ("Secretary General Jane Doe").
        while isHonorific(before), sameSentence(before, a), !(isTitleWord(before) && isTitleWord(before - 1)) {
            cue = true
            before -= 1
        }
        if word(before) == ",", sameSentence(before, a) { before -= 1 }
        if sameSentence(before, a), isTitleWord(before) || (tokens.indices.contains(before) && tokens[before].isCapitalized && tags[before] == nil) {
            if let range = titleSpan(endingAt: before) {
                titleBefore = range
                cue = true
            }
        } else if sameSentence(before, a), word(a - 1) == ",", let range = titleEndingInBody(at: before) {
            // "the Head of the OSCE Mission to Xland, Jane Doe": a title that ends with the body it is held in.
            titleBefore = range
            cue = true
        }
        if isSpeechVerb(a - 1) || isSpeechVerb(b) { cue = true }
        var appositionStart: Int? = nil
        if word(b) == ",", sameSentence(b, a) {
            var k = b + 1
            if isCue(.determiner, k) { k += 1 }
            var window = k
            while window < min(tokens.count, k + 6), sameSentence(window, a), word(window) != "," {
                if isTitleHead(window) { appositionStart = b + 1; cue = true; break }
                // ", a member of …", ", a graduate of …": a person, though no title to read.
                if isCue(.appositionNoun, window) { cue = true; break }
                window += 1
            }
        }
        guard cue else { return nil }
        let runKeys = (a..<b).map { tokens[$0].key }.filter { !extractor.cues.contains(key: $0, in: .nameParticle) }
        if let (known, _) = personNames.first(where: { _, name in name.last == runKeys.last && Set(runKeys).isSubset(of: Set(name)) }),
           text(a, b) != findings.entities[known]?.name {
            tag(a, b, .name(known))
            mention(known, a, b)
            let alias = text(a, b)
            findings.entities[known]?.alternateNames.insert(alias)
            if isSpeechVerb(a - 1) || isSpeechVerb(b) { speakers.append((known, speechSpan(a, b), .speakerBySpeechVerb)) }
            return b
        }
        let name = text(a, b)
        let person = Findings.Key(kind: .person, id: LocalName.entity(named: name))
        if findings.entities[person] == nil { findings.entities[person] = Findings.Entity(key: person, name: name) }
        personNames[person] = (a..<b).filter { !isParticle($0) }.map { tokens[$0].key }
        tag(a, b, .name(person))
        mention(person, a, b)
        if isSpeechVerb(a - 1) || isSpeechVerb(b) { speakers.append((person, speechSpan(a, b), .speakerBySpeechVerb)) }
        var next = b
        if let (from, to) = titleBefore {
            next = max(next, readRoles(person, from: from, limit: to, after: b, rule: .titleBeforeName))
        }
        if let start = appositionStart {
            var end = start
            while end < tokens.count, sameSentence(end, a), word(end) != "," {
                if isSpeechVerb(end) { break }
                end += 1
            }
            next = max(next, readRoles(person, from: start, limit: end, after: end, rule: .titleInApposition))
        }
        return next
    }
}

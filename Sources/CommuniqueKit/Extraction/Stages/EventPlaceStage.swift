/// Reads where the event is held when the text says so: a place after "in" or "at" next to a verb of holding
/// ("took place in X", "held in X", "is meeting in X") or right after the event noun ("a workshop in X"), or
/// a state a visit goes to ("a study visit to X"). Otherwise the dateline's place stays; with no dateline,
/// the first place the lead names after "in".
///
/// Needs: the event. Adds: its place.
struct EventPlaceStage: ExtractionStage {
    static let needs: Set<Annotation> = [.event, .knownNames]
    static let adds: Set<Annotation> = [.eventPlace]
    func run(on release: inout AnnotatedRelease) {
        guard let noun = release.eventNoun, let place = release.readEventPlace(noun: noun) else { return }
        release.updateEvent { $0.place = place }
    }
}

extension AnnotatedRelease {
    fileprivate func readEventPlace(noun: Int) -> String? {
        let named = sentencesNaming(noun: noun)
        var firstInLead: String? = nil
        for i in tokens.indices where tokens[i].sentence <= 2 || named.contains(tokens[i].sentence) {
            // "a study visit to Xland": the state visited.
            if isCue(.visitPreposition, i), isEventNounOrPlural(i - 1), let state = entityTag(i + 1), state.kind == .state {
                return findings.entities[state]?.name
            }
            guard isCue(.placePreposition, i), let place = placeName(at: i + 1) else { continue }
            if tokens[i].sentence <= 2, firstInLead == nil { firstInLead = place }
            let window = max(0, i - 4)..<i
            let held = window.contains { isCue(.venueVerb, $0) && sameSentence($0, i) }
            let afterNoun = isEventNounOrPlural(i - 1) && hasSameKey(i - 1, noun)
            if held || afterNoun { return place }
        }
        return release.place == nil ? firstInLead : nil
    }

    /// A place named by capitalized words that no stage took for something else ("Zemun", "Nur-Sultan"), after
    /// an optional "the"; not a body ("in the OSCE Centre"), a month or a title.
    private func placeName(at start: Int) -> String? {
        var k = start
        if isDefiniteArticle(k) { return nil }
        while k < tokens.count, k - start < 3, tokens[k].isCapitalized, tags.isUntagged(k), !classes[k].contains(.neverName),
              !isHonorific(k), sameSentence(k, start) {
            k += 1
        }
        guard k > start else { return nil }
        // "in Zemun Police Academy": the words begin a body's name, not a place.
        if k < tokens.count, classes[k].contains(.organizationHead) { return nil }
        if tokens[k - 1].kind == .possessive { return nil }
        return text(start, k)
    }
}

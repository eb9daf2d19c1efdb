/// Finds organizations that are not in the knowledge files by a head noun ("Ministry", "Committee", …), at
/// their full extent: through states and places ("Interior Ministry of Xland"), through a known body after
/// "of" ("Academy of the Ministry of Interior"), with a known acronym in front ("UN Information Service"),
/// and one body for each state of a coordination ("the Xlandic and Ylandic Interior Ministries", "the Interior
/// Ministries of Xland, Yland and Zland"). A body named "under" another ends before it and is its part.
///
/// Needs: known names, people. Adds: organization tags and mentions.
struct UnknownOrganizationStage: ExtractionStage {
    static let needs: Set<Annotation> = [.knownNames, .people]
    static let adds: Set<Annotation> = [.organizationPhrases]
    func run(on release: inout AnnotatedRelease) { release.readUnknownOrganizations() }
}

extension AnnotatedRelease {
    fileprivate mutating func readUnknownOrganizations() {
        var i = 0
        while i < tokens.count {
            guard tags.isUntagged(i) || entityTag(i)?.kind == .state, tokens[i].isCapitalized else { i += 1; continue }
            if let next = readCoordinatedBodies(at: isDefiniteArticle(i) ? i + 1 : i) { i = next; continue }
            let start = isDefiniteArticle(i) ? i + 1 : i
            // A text that ends with "The" names nothing after it.
            guard start < tokens.count else { break }
            if tags.isUntagged(start), let next = readPluralBodiesOfStates(at: start) { i = next; continue }
            if let next = readLowerCaseBody(at: start) { i = next; continue }
            let end = organizationRun(from: i)
            let hasHead = (i..<end).contains { classes[$0].contains(.organizationHead) && tags.isUntagged($0) }
            if hasHead, end - i >= 2 || absorbableAcronym(before: i) != nil, let org = readOrganizationPhrase(from: i, limit: end, requireHead: true) {
                absorbAcronym(before: i, into: org)
                i = org.end
            } else if let last = (i..<end).last, entityTag(last)?.kind == .state, extent(last).lowerBound > i,
                      let next = readLowerCaseBody(at: last) {
                // "Officers of the Xlandic customs service": the run ends in a state that begins a body.
                i = next
            } else {
                i = max(end, i + 1)
            }
        }
        linkSubordinateBodies()
    }

    /// "the X Department under Yland’s Interior Ministry": the body before "under" is part of the one after it.
    private mutating func linkSubordinateBodies() {
        for k in tokens.indices where k > 0 && isCue(.subordinationConnector, k) {
            let after = isDefiniteArticle(k + 1) ? k + 2 : k + 1
            guard let part = entityTag(k - 1), part.kind == .organization, let whole = entityTag(after), whole.kind == .organization,
                  part != whole, findings.entities[part]?.parent == nil, !parents(of: whole).contains(part.id) else { continue }
            findings.entities[part]?.parent = whole.id
        }
    }

    /// The end of a run of capitalized words, connectors and states from `i`, through a known body after
    /// "of" once the run has a head noun.
    private func organizationRun(from i: Int) -> Int {
        var end = i
        while end < tokens.count, sameSentence(i, end) {
            if tokens[end].isCapitalized || isCue(.organizationConnector, end) || tokens[end].kind == .possessive,
               tags.isUntagged(end) || entityTag(end)?.kind == .state {
                end += 1
                continue
            }
            if entityTag(end)?.kind == .organization, isCue(.qualifierPreposition, end - 1) || isDefiniteArticle(end - 1),
               (i..<end).contains(where: { classes[$0].contains(.organizationHead) && tags.isUntagged($0) }) {
                end = extent(end).upperBound
                continue
            }
            break
        }
        return end
    }

    /// "the Xlandic and Ylandic Interior Ministries", "the French, Polish and U.S. Embassies in Zland": one
    /// body per state adjective, named with the singular head and what follows it. Returns the token after.
    private mutating func readCoordinatedBodies(at i: Int) -> Int? {
        var adjectives: [Int] = []
        var k = i
        while k < tokens.count, isAttributiveState(at: k) {
            adjectives.append(k)
            guard let next = listItem(after: extent(k).upperBound) else {
                k = extent(k).upperBound
                break
            }
            k = next
        }
        guard adjectives.count >= 2, let (words, end) = pluralHead(from: k, sentenceOf: i) else { return nil }
        k = end
        // What follows the head: "in Zland".
        var tail = ""
        if isCue(.nameConnector, k), k + 1 < tokens.count, let place = entityTag(k + 1), place.kind == .state {
            tail = " " + text(k, extent(k + 1).upperBound)
            k = extent(k + 1).upperBound
        }
        let whole = span(i, k)
        var keys: [Findings.Key] = []
        for adjective in adjectives {
            let name = text(adjective, extent(adjective).upperBound) + " " + words.joined(separator: " ") + tail
            keys.append(addBodyOfState(named: name, state: adjective, span: whole))
        }
        // The tokens read as the body of the last state ("Ylandic Interior Ministries").
        if let lastAdjective = adjectives.last {
            let name = text(lastAdjective, extent(lastAdjective).upperBound) + " " + words.joined(separator: " ") + tail
            tag(lastAdjective, k, .entity(Findings.Key(kind: .organization, id: LocalName.entity(named: name))))
            coordinatedBodies[lastAdjective] = keys
        }
        return k
    }
}

/// Names that begin with a known body's acronym: "UN Information Service", "UNODC Liaison Office in Xland".

extension AnnotatedRelease {
    /// The token of a known body's acronym right before `i` ("UN", "UNODC"), or of a hyphenated compound
    /// that names one ("OSCE-Xland"), which then begins the name that starts at `i`.
    func absorbableAcronym(before i: Int) -> Int? {
        let p = i - 1
        guard p >= 0, sameSentence(p, i), let key = entityTag(p), key.kind == .organization, extent(p).count == 1 else { return nil }
        return tokens[p].isAllCaps || tokens[p].hasHyphen ? p : nil
    }

    /// Makes "UN" + "Information Service" one body, part of the acronym's: the acronym's own mention goes.
    /// Returns the body's key, nil when no acronym comes before `i`.
    @discardableResult
    mutating func absorbAcronym(before i: Int, into org: (key: Findings.Key, end: Int)) -> Findings.Key? {
        guard let p = absorbableAcronym(before: i), let parent = entityTag(p) else { return nil }
        let name = text(p, org.end)
        let key = Findings.Key(kind: .organization, id: LocalName.entity(named: name))
        let inner = span(p, p + 1), whole = span(i, org.end)
        findings.mentions.removeAll { ($0.key == parent && $0.span == inner) || ($0.key == org.key && $0.span == whole) }
        if !findings.mentions.contains(where: { $0.key == org.key }) { findings.entities[org.key] = nil }
        if findings.entities[key] == nil {
            var entity = Findings.Entity(key: key, name: name)
            entity.parent = tokens[p].hasHyphen ? nil : parent.id
            findings.entities[key] = entity
        }
        tag(p, org.end, .entity(key))
        mention(key, p, org.end)
        return key
    }
}

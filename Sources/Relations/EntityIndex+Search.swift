import RDFModel

extension EntityIndex {
    /// The entities whose names match the text, best first: whole name, alternate name, acronym, start of a
    /// name, every word, part of a name. Case, diacritics and punctuation do not count.
    public func find(_ text: String, kinds: Set<EntityKind> = []) -> [Match] {
        let query = NameFolding.fold(text)
        guard !query.isEmpty else { return [] }
        let words = query.split(separator: " ")
        var found: [Match] = []
        for entity in entities where kinds.isEmpty || kinds.contains(entity.kind) {
            var best: (Match.Quality, String)? = nil
            func consider(_ quality: Match.Quality, _ name: String) {
                if best == nil || quality < best!.0 { best = (quality, name) }
            }
            for (n, name) in entity.names.enumerated() {
                let folded = NameFolding.fold(name)
                if folded == query { consider(n == 0 ? .exactName : .exactAlternateName, name); continue }
                if NameFolding.initials(name) == query, !query.contains(" ") { consider(.acronym, name) }
                if folded.hasPrefix(query + " ") || (folded.hasPrefix(query) && query.count >= 3) { consider(.namePrefix, name) }
                let nameWords = folded.split(separator: " ")
                if words.allSatisfy({ w in nameWords.contains { $0.hasPrefix(w) } }) { consider(.words, name) }
                else if query.count >= 3, folded.contains(query) { consider(.substring, name) }
            }
            if let (quality, name) = best { found.append(Match(entity: entity, quality: quality, matchedName: name)) }
        }
        return found.sorted {
            ($0.quality, $0.entity.kind, $0.entity.label, $0.entity.term) < ($1.quality, $1.entity.kind, $1.entity.label, $1.entity.term)
        }
    }

    /// The one entity a user means by an IRI (`<…>` or `http…`), a prefixed name (`person:jane-doe`), a
    /// blank node (`_:b0`), a name or an alternate name; throws when none or several fit.
    public func resolve(_ text: String) throws(QueryError) -> Entity {
        let shortener = IRIShortener(prefixes: prefixes)
        if text.hasPrefix("_:"), let entity = entities.first(where: { shortener.short($0.term) == text }) { return entity }
        if let iri = shortener.expand(text) {
            if let entity = entity(.iri(iri)) { return entity }
            if text.hasPrefix("<") || text.contains("://") { throw .unknownEntity(text) }
        }
        if let exact = byName[NameFolding.fold(text)] {
            if exact.count == 1 { return entities[exact[0]] }
            throw .ambiguous(text, candidates: exact.map { describe(entities[$0]) })
        }
        let matches = find(text)
        guard let top = matches.first else { throw .unknownEntity(text) }
        let best = matches.filter { $0.quality == top.quality }
        if best.count == 1 { return top.entity }
        throw .ambiguous(text, candidates: best.map { describe($0.entity) })
    }

    /// "Jane Doe (person) person:jane-doe", for lists of candidates.
    public func describe(_ entity: Entity) -> String {
        "\(entity.label) (\(entity.kind.rawValue)) \(short(entity.term))"
    }
}

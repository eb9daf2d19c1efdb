/// What the grammar's word lists say of a token, looked up once when a release is read: the cue kinds of
/// its key (`CueLexicon`) and its word classes (`WordClass`), by its key and as written, from one table
/// of every word of the lists.
struct TokenLexicon: Sendable {
    struct Entry: Sendable {
        var cues = (words: CueKindSet(), phrases: CueKindSet())
        /// The classes of the word when it is a token's key, and when it is a token as written.
        var byKey = WordClassSet(), asWritten = WordClassSet()
    }

    private let table: WordTable<Entry>

    /// The lexicon of the knowledge's lists and the gazetteer's names; `neverNames` are the token keys that
    /// belong to no name.
    init(knowledge: Knowledge, gazetteer: Gazetteer, neverNames: Set<String>) {
        var entries: [String: Entry] = [:]
        for (key, kinds) in knowledge.cues.kindsByKey { entries[key, default: Entry()].cues = kinds }
        func add(_ words: some Sequence<String>, _ wordClass: WordClass) {
            for word in words {
                if wordClass.isWritten {
                    entries[word, default: Entry()].asWritten.insert(wordClass)
                } else {
                    entries[word, default: Entry()].byKey.insert(wordClass)
                }
            }
        }
        add(neverNames, .neverName)
        add(knowledge.speechVerbs, .speechVerb)
        add(knowledge.eventNouns, .eventNoun)
        add(knowledge.eventNouns.map { $0 + "s" }, .eventNounPlural)
        add(knowledge.honorifics, .honorific)
        add(knowledge.titleHeads, .titleHead)
        add(knowledge.titleModifiers, .titleModifier)
        add(knowledge.organizationHeads, .organizationHead)
        add(knowledge.cues.entries(of: .nameParticle), .nameParticle)
        add(gazetteer.firstWords, .nameStart)
        add(gazetteer.singleNames, .knownSingle)
        table = WordTable(entries)
    }

    /// The cue kinds of a token's key, and its classes by key and as written.
    func entry(of token: Token) -> (cues: (words: CueKindSet, phrases: CueKindSet), classes: WordClassSet) {
        let byKey = table[token.key]
        var classes = byKey?.byKey ?? WordClassSet()
        let written = token.text == token.key ? byKey : table[token.text]
        if let written { classes.formUnion(written.asWritten) }
        return (byKey?.cues ?? (CueKindSet(), CueKindSet()), classes)
    }
}

/// The cue words and phrases of the extractor's grammar, one list per kind, as `Ontology/cues.ttl` gives
/// them (generated from `Ontology/data/cues.tsv`).
///
/// Words are looked up by token key (lower case, hyphens dropped) or as written; phrases are token keys,
/// longest first, so the longest cue at a place wins.
public struct CueLexicon: Sendable {
    /// A kind of cue; its table name is the case name in kebab case (`organizerVerb` is `organizer-verb`).
    public enum Kind: Int, CaseIterable, Sendable {
        case neverName, nameParticle, abbreviation, determiner
        case titleConnector, titleComplement, titleAffiliation, actingFor
        case nameConnector, organizationConnector, chairmanshipNoun, chairmanshipBody
        case speakerPronoun
        case eventNounBlocker, genericEventNoun, eventMarkerEnding, ownLifeBodyNoun, relativeDay, eventEndVerb, dateLead, rangeLink
        case labelStop, labelModifier, labelSubject, labelSubjectStop, numberWord
        case organizerVerb, organizerAgent, organizerAdverb, partnerCue, partnerCueLead, qualifierPreposition, funderCue
        case clauseEnd, infinitiveMarker, listJoiner, appositionLead, organizationPlural, placeConnector
        case appositionNoun, origin, visitPreposition, placePreposition, venueVerb, participleNoun, partnerVerb, hostVerb, subjectFiller, presentAuxiliary, progressiveVerb
        case headlineHostVerb, headlinePartnerVerb, postNoun
        case participantQuantifier, participantNoun, participantVerb, inclusionCue, meetingPhraseStop, handoverVerb, stateAuthorityNoun
        case precedentCueAfterEvent, precedentCue, eventPronoun, precedentDeterminer, precedentEnd
        case nameVariant, parentPrefix, seatConnector, nameAffiliation, postHonorific, subordinationConnector, lowerCaseBodyHead, region

        /// The kind's name in the table: `organizer-verb`.
        public var tableName: String {
            var name = ""
            for character in String(describing: self) {
                if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
            }
            return name
        }
    }

    private var keys: [Set<String>]
    private var written: [Set<String>]
    /// The phrases of each kind by their first word, longest first: most tokens start none.
    private var phrasesByFirstWord: [[String: [[String]]]]
    private var pairLists: [[(name: String, value: String)]]
    /// For each token key of the lexicon, the kinds it is a word of and the kinds it starts a phrase of (the
    /// extractor looks them up once per token, in `TokenLexicon`'s table made of these entries).
    let kindsByKey: [String: (words: CueKindSet, phrases: CueKindSet)]

    /// Makes the lexicon of the entries of each kind, by table name; kinds not named are empty.
    public init(entries: [String: [String]] = [:]) {
        let empty = Kind.allCases.map { _ in Set<String>() }
        keys = empty
        written = empty
        phrasesByFirstWord = Kind.allCases.map { _ in [:] }
        pairLists = Kind.allCases.map { _ in [] }
        var kindsByKey: [String: (words: CueKindSet, phrases: CueKindSet)] = [:]
        for kind in Kind.allCases {
            let list = (entries[kind.tableName] ?? []).sorted()
            written[kind.rawValue] = Set(list)
            keys[kind.rawValue] = Set(list.map(Token.key))
            let phrases = list.map { $0.split(separator: " ").map { Token.key(String($0)) } }.filter { !$0.isEmpty }
                .sorted { a, b in a.count != b.count ? a.count > b.count : a.lexicographicallyPrecedes(b) }
            for phrase in phrases {
                phrasesByFirstWord[kind.rawValue][phrase[0], default: []].append(phrase)
                kindsByKey[phrase[0], default: (CueKindSet(), CueKindSet())].phrases.insert(kind)
            }
            for key in keys[kind.rawValue] { kindsByKey[key, default: (CueKindSet(), CueKindSet())].words.insert(kind) }
            pairLists[kind.rawValue] = list.compactMap { entry in
                guard let equals = entry.firstIndex(of: "=") else { return nil }
                return (String(entry[..<equals]), String(entry[entry.index(after: equals)...]))
            }
        }
        self.kindsByKey = kindsByKey
    }

    /// The kinds that have no entries: a knowledge folder should give every kind.
    public var emptyKinds: [Kind] { Kind.allCases.filter { written[$0.rawValue].isEmpty } }

    /// The kinds a token key is a word of, and the kinds it starts a phrase of.
    func kinds(ofKey key: String) -> (words: CueKindSet, phrases: CueKindSet) {
        kindsByKey[key] ?? (CueKindSet(), CueKindSet())
    }

    /// Whether a token key is a word of the kind.
    func contains(key: String, in kind: Kind) -> Bool { keys[kind.rawValue].contains(key) }

    /// Whether a word, as written, is one of the kind.
    func contains(written word: String, in kind: Kind) -> Bool { written[kind.rawValue].contains(word) }

    /// The token keys of every word of the kind.
    func keys(of kind: Kind) -> Set<String> { keys[kind.rawValue] }

    /// The entries of the kind as written.
    func entries(of kind: Kind) -> Set<String> { written[kind.rawValue] }

    /// The phrases of the kind that start with a token key, as token keys, longest first.
    func phrases(startingWith key: String, of kind: Kind) -> [[String]] { phrasesByFirstWord[kind.rawValue][key] ?? [] }

    /// The `name=value` entries of the kind, sorted by name.
    func pairs(of kind: Kind) -> [(name: String, value: String)] { pairLists[kind.rawValue] }
}

/// Reads press releases into entities and relations with rules over tokens and the world knowledge
/// of `Knowledge`: states and organizations by name, people from the language around them (titles,
/// appositions, honorifics, speech verbs), their roles, the event reported and its organizers,
/// partners and funders, and quotations. The stages run in the order of `StageOrder`.
///
/// ```swift
/// let extractor = Extractor(knowledge: try Knowledge(folder: "Ontology"))
/// let found = extractor.extract(release)
/// found.roles.first?.title   // "Senior Police Adviser"
/// ```
public final class Extractor: Sendable {
    let knowledge: Knowledge
    let tokenizer: Tokenizer
    let gazetteer: Gazetteer
    /// Capitalized words that never belong to a person's name, as token keys.
    let notNames: Set<String>
    /// What the word lists say of each token, looked up once per token.
    let lexicon: TokenLexicon
    /// Title heads and modifiers and honorifics as written, for ranks joined by hyphens ("Colonel-General").
    let titleAndRankWords: Set<String>
    /// Number words with their values, for durations (a `WordTable`: looked up by many tokens).
    let numberWords: WordTable<Int>
    /// Relative day words with their offsets from the release date (looked up by every token of a sentence).
    let relativeDays: WordTable<Int>
    /// The singular of plural organization heads, as written ("Ministries" → "Ministry").
    let organizationSingulars: WordTable<String>
    /// Whether every ending that marks an event ("-day", "-led") holds a hyphen: then a word without one
    /// ends with none of them.
    let eventMarkerEndingsHaveHyphens: Bool
    /// The entities of the known states and organizations, made once.
    let knownEntities: KnownEntities

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
        let cues = knowledge.cues
        let abbreviations = Set(knowledge.honorifics.filter { $0.hasSuffix(".") }).union(cues.entries(of: .abbreviation))
        tokenizer = Tokenizer(abbreviations: abbreviations)
        gazetteer = Gazetteer(knowledge: knowledge, tokenizer: tokenizer)
        var words = Set(knowledge.titleHeads.map { Token.key($0) })
        words.formUnion(knowledge.titleModifiers.map { Token.key($0) })
        words.formUnion(knowledge.honorifics.map { Token.key($0) })
        words.formUnion(knowledge.organizationHeads.map { Token.key($0) })
        words.formUnion(CalendarDate.monthNames.map { Token.key($0) })
        words.formUnion(cues.keys(of: .neverName))
        notNames = words
        lexicon = TokenLexicon(knowledge: knowledge, gazetteer: gazetteer, neverNames: words)
        titleAndRankWords = knowledge.titleHeads.union(knowledge.titleModifiers).union(knowledge.honorifics)
        numberWords = WordTable(Extractor.numbers(cues.pairs(of: .numberWord)))
        relativeDays = WordTable(Extractor.numbers(cues.pairs(of: .relativeDay)))
        organizationSingulars = WordTable(Dictionary(cues.pairs(of: .organizationPlural).map { ($0.name, $0.value) }) { first, _ in first })
        knownEntities = KnownEntities(knowledge: knowledge)
        eventMarkerEndingsHaveHyphens = cues.entries(of: .eventMarkerEnding).allSatisfy { $0.containsASCII("-") }
    }

    /// The `name=number` pairs of a cue list as a table, keyed by token key.
    private static func numbers(_ pairs: [(name: String, value: String)]) -> [String: Int] {
        Dictionary(pairs.compactMap { pair in Int(pair.value).map { (Token.key(pair.name), $0) } }) { first, _ in first }
    }

    /// The cue words of the grammar.
    var cues: CueLexicon { knowledge.cues }

    /// Extracts what one release says.
    public func extract(_ release: PressRelease) -> Findings {
        var annotated = AnnotatedRelease(extractor: self, release: release)
        for stage in StageOrder.stages { stage.run(on: &annotated) }
        return annotated.findings
    }
}

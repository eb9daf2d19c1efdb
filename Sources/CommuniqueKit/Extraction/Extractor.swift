/// Reads press releases into entities and relations with rules over tokens and the world knowledge
/// of `Knowledge`: states and organizations by name, people from the language around them (titles,
/// appositions, honorifics, speech verbs), their roles, the event reported and its organizers,
/// partners and funders, and quotations.
///
/// ```swift
/// let extractor = Extractor(knowledge: try Knowledge(folder: "Ontology"))
/// let found = extractor.extract(release)
/// found.roles.first?.title   // "Senior Police Adviser"
/// ```
public struct Extractor: Sendable {
    let knowledge: Knowledge
    let tokenizer: Tokenizer
    let gazetteer: Gazetteer
    /// Capitalized words that never belong to a person's name.
    let notNames: Set<String>
    let particles: Set<String> = ["de", "von", "van", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "del", "della", "ter", "zu", "y"]

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
        let abbreviations = Set(knowledge.honorifics.filter { $0.hasSuffix(".") } + ["Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "Jr.", "Sr."])
        tokenizer = Tokenizer(abbreviations: abbreviations)
        gazetteer = Gazetteer(knowledge: knowledge, tokenizer: tokenizer)
        var words = Set(knowledge.titleHeads.map { Token.key($0) })
        words.formUnion(knowledge.titleModifiers.map { Token.key($0) })
        words.formUnion(knowledge.honorifics.map { Token.key($0) })
        words.formUnion(knowledge.organizationHeads.map { Token.key($0) })
        words.formUnion(CalendarDate.monthNames.map { Token.key($0) })
        words.formUnion([
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "by", "for", "with", "from", "to", "of",
            "and", "but", "or", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "as",
            "while", "after", "before", "during", "since", "under", "over", "according", "participants", "representatives",
            "experts", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "there",
            "however", "also", "both", "all", "each", "other", "more", "most", "some", "many", "such", "organization",
            "conference", "meeting", "seminar", "workshop", "forum", "report", "programme", "project", "initiative",
            "strategy", "partners", "states", "countries", "republic", "kingdom", "federation", "international", "european",
            "world", "global", "regional", "central", "north", "south", "east", "west", "asia", "europe", "africa",
            "america", "balkans", "caucasus", "chairmanship", "chairpersonship", "co-operation", "cooperation", "drugs",
            "drug", "trafficking", "combating", "countering", "promoting", "illicit", "illegal", "only", "when", "if",
            "not", "no", "new", "who", "what", "how", "why", "where", "osce",
        ].map { Token.key($0) })
        notNames = words
    }

    /// Extracts what one release says.
    public func extract(_ release: PressRelease) -> Findings {
        var annotated = AnnotatedRelease(extractor: self, release: release)
        for stage in StageOrder.stages { stage.run(on: &annotated) }
        return annotated.findings
    }
}

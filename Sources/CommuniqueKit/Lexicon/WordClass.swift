/// A class of words that the grammar asks about a token again and again, read from `Knowledge` once per
/// token (`TokenLexicon`): some by the token's key, others by the token as written.
enum WordClass: Int, CaseIterable, Sendable {
    // By key (lower case, hyphens dropped).
    /// A capitalized word that never belongs to a person's name (a title word, a month, a never-name cue).
    case neverName
    case speechVerb
    case eventNoun
    /// An event noun followed by "s" ("courses").
    case eventNounPlural
    /// The first word of a known name of two words or more (`Gazetteer`).
    case nameStart
    // As written.
    case honorific
    case titleHead
    case titleModifier
    case organizationHead
    case nameParticle
    /// A known name of one word (`Gazetteer`).
    case knownSingle

    /// Whether the class is looked up with the token as written rather than by its key.
    var isWritten: Bool { rawValue >= WordClass.honorific.rawValue }
}

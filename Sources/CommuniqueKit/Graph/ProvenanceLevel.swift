/// How much a build says of where its facts come from.
public enum ProvenanceLevel: String, Sendable, CaseIterable {
    /// Every fact's document, the NIF context and the phrase of the text that states it, and each stated
    /// relation reified with the rule that read it (the default).
    case full
    /// Each event and membership with `prov:wasDerivedFrom` its document; no phrases, contexts or
    /// reified statements.
    case statements
    /// The facts alone: entities, documents and their mentions, events, memberships.
    case none
}

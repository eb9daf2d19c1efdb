/// What the extractor found in one press release: entities, their mentions, roles, events and quotations.
public struct Findings: Sendable {
    public var entities: [Key: Entity] = [:]
    public var mentions: [Mention] = []
    public var roles: [Role] = []
    public var events: [Event] = []
    public var quotations: [Quotation] = []
    /// The organizations of the `Source:` metadata.
    public var sources: [Key] = []

    public init() {}
}

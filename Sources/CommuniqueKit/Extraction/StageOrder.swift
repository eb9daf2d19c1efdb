/// The order the extraction stages run in: names first (known, then people, then the rest), then what
/// the release reports (quotations, the event, its parties, funders, participants, precedents, speakers).
enum StageOrder {
    static let stages: [any ExtractionStage] = [
        KnownNameStage(),
        ShortNameStage(),
        PersonStage(),
        AliasStage(),
        UnknownOrganizationStage(),
        SameBodyStage(),
        SourceStage(),
        HeadlineStage(),
        QuotationStage(),
        EventStage(),
        EventDateStage(),
        EventPlaceStage(),
        EventIdentityStage(),
        EventPartyStage(),
        EventHostStage(),
        HeadlinePartyStage(),
        EventPartyScopeStage(),
        FunderStage(),
        ParticipantStage(),
        PrecedentStage(),
        SpeakerStage(),
    ]

    /// The first stage that needs something no earlier stage adds, with what it misses; nil when the
    /// order is sound.
    static func unmetNeed(in stages: [any ExtractionStage] = stages) -> (stage: String, missing: Set<Annotation>)? {
        var have: Set<Annotation> = [.tokens]
        for stage in stages {
            let type = type(of: stage)
            let missing = type.needs.subtracting(have)
            if !missing.isEmpty { return (String(describing: type), missing) }
            have.formUnion(type.adds)
        }
        return nil
    }
}

/// The organizers and partners of an event as the party stage reads them, each with the first text that
/// states it.
struct EventParties {
    private(set) var organizers: [Findings.Key] = []
    private(set) var partners: [Findings.Key] = []
    private(set) var stated: [Findings.Key: (span: Findings.Span, rule: Findings.Rule)] = [:]

    /// Adds a state or organization as organizer or partner, once per list.
    mutating func add(_ key: Findings.Key, asPartner: Bool, _ span: @autoclosure () -> Findings.Span, rule: Findings.Rule) {
        guard key.kind == .organization || key.kind == .state else { return }
        if asPartner {
            guard !partners.contains(key) else { return }
            partners.append(key)
        } else {
            guard !organizers.contains(key) else { return }
            organizers.append(key)
        }
        if stated[key] == nil { stated[key] = (span(), rule) }
    }
}

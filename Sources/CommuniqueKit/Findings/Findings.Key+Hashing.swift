extension Findings.Key {
    /// Hashes the kind as a small number and the identifier's bytes: the synthesized hash would hash the
    /// kind's raw string too, and keys are hashed at every look-up of a release's entities.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind.number)
        hasher.combine(id)
    }
}

extension Findings.Key.Kind {
    /// The kind's place among the kinds, for hashing.
    fileprivate var number: UInt8 {
        switch self {
        case .person: 0
        case .organization: 1
        case .state: 2
        case .event: 3
        }
    }
}

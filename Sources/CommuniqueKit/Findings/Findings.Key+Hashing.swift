import RDFModel

extension Findings.Key {
    /// Hashes the kind as a small number and the identifier by `StringHash` (eight bytes at a time): the
    /// synthesized hash would run the hasher over the kind's raw string and every byte of the identifier,
    /// and keys are hashed at every look-up of a release's entities.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(StringHash.of(id) &+ Int(kind.number))
    }

    /// The hash that sets and dictionaries file a key under: the same `StringHash` and kind, mixed with the
    /// table's seed by `StringHash.mixed` instead of the hasher's rounds (a release looks its entities up by
    /// key about a hundred times).
    public func _rawHashValue(seed: Int) -> Int {
        StringHash.mixed(UInt64(truncatingIfNeeded: StringHash.of(id) &+ Int(kind.number)) ^ UInt64(truncatingIfNeeded: seed))
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

extension Term {
    /// The hash that sets and dictionaries of terms file a term under: its `tableHash` (equal for equal
    /// terms) mixed with the table's seed, instead of the hasher's rounds over every byte of its strings.
    public func _rawHashValue(seed: Int) -> Int {
        StringHash.mixed(UInt64(truncatingIfNeeded: tableHash) ^ UInt64(truncatingIfNeeded: seed))
    }
}

/// An element of a `NumberedSet`: equatable, with a hash that agrees with its equality and whose low bits
/// are well mixed (the table keeps only them).
protocol TableHashable: Equatable, Sendable {
    var tableHash: Int { get }
}

extension TableHashable {
    /// The bits of a product of numbers spread over the low ones, which a table's slot is made of.
    static func mixed(_ value: UInt64) -> Int { StringHash.mixed(value) }
}

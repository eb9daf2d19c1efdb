/// An element of a `NumberedSet`: equatable, with a hash that agrees with its equality and whose low bits
/// are well mixed (the table keeps only them).
protocol TableHashable: Equatable, Sendable {
    var tableHash: Int { get }
}

extension TableHashable {
    /// The bits of a product of numbers spread over the low ones, which a table's slot is made of.
    static func mixed(_ value: UInt64) -> Int {
        var h = value ^ (value >> 31)
        h = h &* 0xD6E8_FEB8_6659_FD93
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}

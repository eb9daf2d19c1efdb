/// An element of a `NumberedSet`: equatable, with a hash that agrees with its equality and whose low bits
/// are well mixed (the table keeps only them).
protocol TableHashable: Equatable, Sendable {
    var tableHash: Int { get }
}

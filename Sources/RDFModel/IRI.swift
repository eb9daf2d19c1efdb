/// An absolute IRI, the name of a resource or a property.
///
/// ```swift
/// let person = IRI("https://example.org/person/jane-doe")
/// ```
public struct IRI: Hashable, Sendable {
    /// The IRI as written, without angle brackets.
    public let value: String
    /// The string's hash (`StringHash`), computed once: an IRI is hashed each time a graph interns a statement with it.
    let valueHash: Int

    /// Creates an IRI from its string form.
    public init(_ value: String) {
        self.value = value
        valueHash = StringHash.of(value)
    }

    public static func == (lhs: IRI, rhs: IRI) -> Bool { lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(valueHash) }
}

extension IRI: CustomStringConvertible {
    /// The IRI in N-Triples form, `<…>`.
    public var description: String { "<\(value)>" }
}

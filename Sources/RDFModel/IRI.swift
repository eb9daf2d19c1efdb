/// An absolute IRI, the name of a resource or a property.
///
/// ```swift
/// let person = IRI("https://example.org/person/jane-doe")
/// ```
public struct IRI: Hashable, Sendable {
    /// The IRI as written, without angle brackets.
    public let value: String

    /// Creates an IRI from its string form.
    public init(_ value: String) {
        self.value = value
    }
}

extension IRI: CustomStringConvertible {
    /// The IRI in N-Triples form, `<…>`.
    public var description: String { "<\(value)>" }
}

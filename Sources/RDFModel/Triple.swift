/// A statement: subject, predicate, object.
public struct Triple: Hashable, Sendable {
    public let subject: Term
    public let predicate: IRI
    public let object: Term

    /// Creates a triple.
    public init(_ subject: Term, _ predicate: IRI, _ object: Term) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

extension Triple: CustomStringConvertible {
    /// The triple as one N-Triples line, without the line end.
    public var description: String { "\(subject) \(predicate) \(object) ." }
}

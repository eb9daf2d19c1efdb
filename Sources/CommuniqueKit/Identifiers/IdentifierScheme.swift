public import RDFModel

/// Mints the IRIs of the graph under one base, from normalized content, never from counters or time.
///
/// Each kind of node has its own namespace with a plain local name (a slug that starts with a
/// letter), so Turtle writes them as prefixed names: `person:jane-doe`, `event:conference-2008-07-17-vienna`.
public struct IdentifierScheme: Hashable, Sendable {
    /// The default base: the project's persistent identifier space.
    public static let defaultBase = "https://w3id.org/communique/id/"

    public let base: String

    /// Creates a scheme; the base must be an absolute IRI that ends with `/` or `#`.
    public init(base: String = IdentifierScheme.defaultBase) throws(SchemeError) {
        guard let colon = base.firstIndex(of: ":"), colon != base.startIndex,
              base[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
              base.hasSuffix("/") || base.hasSuffix("#"),
              !base.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" })
        else { throw SchemeError(base: base) }
        self.base = base
    }

    /// The error for a base that cannot prefix IRIs.
    public struct SchemeError: Error, Hashable, Sendable, CustomStringConvertible {
        public let base: String
        public var description: String {
            "invalid base IRI '\(base)': give an absolute IRI ending with '/' or '#', such as \(IdentifierScheme.defaultBase)"
        }
    }

    public var document: Namespace { namespace("doc", "document/") }
    public var person: Namespace { namespace("person", "person/") }
    public var organization: Namespace { namespace("organization", "organization/") }
    public var state: Namespace { namespace("state", "state/") }
    public var event: Namespace { namespace("event", "event/") }
    public var place: Namespace { namespace("place", "place/") }
    public var role: Namespace { namespace("role", "role/") }
    public var membership: Namespace { namespace("membership", "membership/") }
    public var field: Namespace { namespace("field", "field/") }
    public var quotation: Namespace { namespace("quotation", "quotation/") }
    public var mention: Namespace { namespace("mention", "mention/") }
    public var statement: Namespace { namespace("statement", "statement/") }
    public var work: Namespace { namespace("work", "work/") }

    /// The project's namespaces, for the prefixes of Turtle output.
    public var namespaces: [Namespace] {
        [document, event, field, membership, mention, organization, person, place, quotation, role, state, statement, work]
    }

    /// The IRI of a document, from its file name.
    public func document(fileName: String) -> IRI { document(LocalName.document(fileName: fileName)) }

    /// The IRI of an entity the extractor found.
    func iri(_ key: Findings.Key) -> IRI {
        switch key.kind {
        case .person: person(key.id)
        case .organization: organization(key.id)
        case .state: state(key.id)
        case .event: event(key.id)
        }
    }

    private func namespace(_ prefix: String, _ path: String) -> Namespace {
        Namespace(prefix: prefix, iri: base + path)
    }
}

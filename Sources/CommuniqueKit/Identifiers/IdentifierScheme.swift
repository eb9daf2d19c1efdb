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
        func namespace(_ prefix: String, _ path: String) -> Namespace { Namespace(prefix: prefix, iri: base + path) }
        document = namespace("doc", "document/")
        person = namespace("person", "person/")
        organization = namespace("organization", "organization/")
        state = namespace("state", "state/")
        event = namespace("event", "event/")
        place = namespace("place", "place/")
        role = namespace("role", "role/")
        membership = namespace("membership", "membership/")
        field = namespace("field", "field/")
        quotation = namespace("quotation", "quotation/")
        mention = namespace("mention", "mention/")
        statement = namespace("statement", "statement/")
        work = namespace("work", "work/")
    }

    /// The namespaces of documents, persons, organizations, states, events, places and roles, made once: a
    /// build mints IRIs in them for every statement.
    public let document, person, organization, state, event, place, role: Namespace
    /// The namespaces of memberships, fields of work, quotations, mentions, reified statements and works.
    public let membership, field, quotation, mention, statement, work: Namespace

    /// The error for a base that cannot prefix IRIs.
    public struct SchemeError: Error, Hashable, Sendable, CustomStringConvertible {
        public let base: String
        public var description: String {
            "invalid base IRI '\(base)': give an absolute IRI ending with '/' or '#', such as \(IdentifierScheme.defaultBase)"
        }
    }

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
}

/// What the extractor found in one press release: entities, their mentions, roles, events and quotations.
public struct Findings: Sendable {
    /// The kind and identifier (a slug, unique per kind across the corpus) of an entity.
    public struct Key: Hashable, Comparable, Sendable {
        public enum Kind: String, Hashable, Comparable, Sendable {
            case person, organization, state, event
            public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
        }
        public let kind: Kind
        public let id: String
        public init(kind: Kind, id: String) {
            self.kind = kind
            self.id = id
        }
        public static func < (a: Key, b: Key) -> Bool { (a.kind, a.id) < (b.kind, b.id) }
    }

    /// An entity, with every name it was met under in this document.
    public struct Entity: Sendable {
        public let key: Key
        public var name: String
        public var alternateNames: Set<String> = []
        public var acronym: String? = nil
        /// A parent organization (by id), for organizations.
        public var parent: String? = nil
        /// The state (by id) a national body or chairmanship belongs to.
        public var state: String? = nil
        public var wikidata: String? = nil
        /// For an OSCE Chairmanship, the year.
        public var chairmanshipYear: Int? = nil
    }

    /// A stretch of the document's text, offsets in Unicode scalars of the whole file.
    public struct Span: Hashable, Comparable, Sendable {
        public let start: Int
        public let end: Int
        public let text: String
        public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
    }

    public struct Mention: Hashable, Sendable {
        public let key: Key
        public let span: Span
    }

    /// A position held by a person, as the text states it.
    public struct Role: Hashable, Sendable {
        public let person: Key
        public let title: String
        /// The organization or state the position is held in.
        public let organization: Key?
        /// The state the position belongs to, when the text says.
        public let state: Key?
        /// The body the person spoke or acted for ("on behalf of Norway's OSCE Chairmanship"), when it is
        /// not where the position is held.
        public var actingFor: Key? = nil
        public let span: Span
    }

    /// A relation of an event to an entity, with the stretch of text that states it.
    public struct EventStatement: Hashable, Sendable {
        public enum Relation: String, Hashable, Sendable {
            case organizer, partner, funder, speaker
        }
        public let relation: Relation
        public let object: Key
        public let span: Span
    }

    /// A decision, or an earlier event, that an event follows as the text states it ("The seminar followed a
    /// 2009 decision by the OSCE Ministerial Council").
    public struct Precedent: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case document, event }
        public let kind: Kind
        /// The phrase that names it, as written.
        public let name: String
        public let year: Int?
        public let month: Int?
        /// The organization that issued or held it, when the phrase names one.
        public let creator: Key?
        public let span: Span
    }

    public struct Event: Sendable {
        public let key: Key
        public var type: String
        public var label: String
        public var start: CalendarDate?
        public var end: CalendarDate?
        public var place: String?
        public var organizers: [Key] = []
        public var partners: [Key] = []
        public var funders: [Key] = []
        public var participantCount: Int? = nil
        public var speakers: [Key] = []
        /// Where the text states each organizer, partner, funder and speaker.
        public var statements: [EventStatement] = []
        /// The decisions or earlier events the event follows.
        public var precedents: [Precedent] = []
        /// Where the text states the number of participants.
        public var participantCountSpan: Span? = nil
        public var span: Span
    }

    public struct Quotation: Hashable, Sendable {
        public let speaker: Key
        public let text: String
        public let span: Span
    }

    public var entities: [Key: Entity] = [:]
    public var mentions: [Mention] = []
    public var roles: [Role] = []
    public var events: [Event] = []
    public var quotations: [Quotation] = []
    /// The organizations of the `Source:` metadata.
    public var sources: [Key] = []

    public init() {}
}

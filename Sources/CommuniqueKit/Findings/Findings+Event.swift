extension Findings {
    public struct Event: Sendable {
        /// Its identity: set by the event identity stage once dates and place are read.
        public var key: Key
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
        /// The rule that read the number of participants.
        public var participantCountRule: Rule? = nil
    }
}

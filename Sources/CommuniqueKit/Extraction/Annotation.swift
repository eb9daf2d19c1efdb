/// A kind of analysis an extraction stage adds to an annotated release, named in the stages' `needs` and `adds`.
enum Annotation: String, Hashable, Sendable, CaseIterable {
    /// Tokens and sentences: there from the start.
    case tokens
    /// States, known organizations and chairmanships tagged in the body.
    case knownNames
    /// People tagged, with their full names.
    case people
    /// Roles read from the titles of people.
    case roles
    /// People who spoke, with the text that says so.
    case speakers
    /// Later mentions of people by part of their names.
    case aliases
    /// Short forms of the names of bodies named with their seat ("the OSCE Mission").
    case shortNames
    /// Organizations named by the shape of their phrase.
    case organizationPhrases
    /// One key for a body named with and without its state.
    case sameBodies
    /// The organizations of the `Source:` metadata.
    case sources
    /// Mentions in the headline.
    case headlineMentions
    /// Quotations with their speakers.
    case quotations
    /// The event the release reports.
    case event
    /// The event's start and end.
    case eventDates
    /// Where the event is held.
    case eventPlace
    /// The event's key, entity and mention.
    case eventIdentity
    /// The event's parties with a body dropped where one of its units is also a party.
    case scopedParties
    /// The event's organizers and partners.
    case eventParties
    /// The bodies that hold the event.
    case eventHosts
    /// The bodies a headline names as holding or supporting the event.
    case headlineParties
    /// The event's funders.
    case funders
    /// The number of participants.
    case participants
    /// The decisions or events the event follows.
    case precedents
    /// The event's speakers.
    case eventSpeakers
}

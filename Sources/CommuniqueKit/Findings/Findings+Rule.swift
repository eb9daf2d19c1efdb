extension Findings {
    /// The named rule that made a finding; written as `prov:wasGeneratedBy rule:NAME` and declared, with
    /// what it reads, in `Ontology/rules.ttl` (generated from `Ontology/data/rules.tsv`).
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        case titleBeforeName = "title-before-name"
        case titleInApposition = "title-in-apposition"
        case speakingOnBehalfOf = "speaking-on-behalf-of"
        case organizerByAgent = "organizer-by-agent"
        case organizerAsSubject = "organizer-as-subject"
        case organizerBeforeEventNoun = "organizer-before-event-noun"
        case organizerHoldsEvent = "organizer-holds-event"
        case organizerWhoseMeeting = "organizer-whose-meeting"
        case organizerVenue = "organizer-venue"
        case organizerHandsOver = "organizer-hands-over"
        case partnerReceives = "partner-receives"
        case organizerInHeadline = "organizer-in-headline"
        case partnerInHeadline = "partner-in-headline"
        case partnerAfterCue = "partner-after-cue"
        case partnerTakingPart = "partner-taking-part"
        case partnerAlongMeetingPhrase = "partner-along-meeting-phrase"
        case funderAfterCue = "funder-after-cue"
        case speakerBySpeechVerb = "speaker-by-speech-verb"
        case speakerOfQuotation = "speaker-of-quotation"
        case participantCount = "participant-count"
        case precedentAfterEventSubject = "precedent-after-event-subject"
        case precedentCue = "precedent-cue"
        case quotationSpeakerAfter = "quotation-speaker-after"
        case quotationSpeakerBefore = "quotation-speaker-before"
        case quotationSpeakerByPronoun = "quotation-speaker-by-pronoun"
    }
}

import CommuniqueKit
import Testing

/// Who holds the event: the subject of a verb whose object is the event, and the body whose meeting it is.
@Suite struct EventHostStageTests {
    @Test func coordinatedSubjectsOfAHostVerb() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – UNODC and the Latvian Interior Ministry (LIM) co-hosted a seminar on ports today.")
        let event = try #require(found.events.first)
        #expect(Set(event.organizers.map(\.id)) == ["unodc", "latvian-interior-ministry"])
    }

    @Test func aStateByNameHostsTheMeeting() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – Latvia hosted the annual meeting on container control.")
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id) == ["latvia"])
        #expect(event.statements.first { $0.relation == .organizer }?.rule == .organizerHoldsEvent)
    }

    @Test func theBodyWhoseMeetingItIs() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – The tenth meeting of the Forum for Security Co-operation was held today.")
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id) == ["osce-forum-for-security-co-operation"])
        #expect(event.statements.first { $0.relation == .organizer }?.rule == .organizerWhoseMeeting)
    }

    @Test func theObjectMayBeALongNounPhrase() throws {
        // Seven words from the verb to the event's noun: "its fifth Advanced Container Control Staff Course".
        let found = InventedText.extract("RIGA, 2 May 2019 – UNODC concluded its fifth Advanced Container Control Staff Course today.")
        #expect(try #require(found.events.first).organizers.map(\.id) == ["unodc"])
    }

    @Test func aStateByItsAdjectiveHostsNothing() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – Latvian officers held a meeting on container control.")
        #expect(try #require(found.events.first).organizers.isEmpty)
    }

    @Test func aBodyNamingTheEventAndBracketsAfterTheSubjectAreReadThrough() throws {
        let found = InventedText.extract("""
            RIGA, 2 May 2019 – The Central Asia Drug Action Programme (CADAP 7) held the second Permanent Council \
            (PC) meeting on container control.
            """)
        #expect(try #require(found.events.first).organizers.map(\.id).contains("cadap"))
    }

    @Test func anotherEventOfTheLeadOnlySaysWhereItIsHeld() throws {
        let found = InventedText.extract("""
            RIGA, 2 May 2019 – UNODC and the Latvian Interior Ministry co-hosted a side event on ports in the \
            margins of the tenth session of the Forum for Security Co-operation.
            """)
        let event = try #require(found.events.first)
        #expect(Set(event.organizers.map(\.id)) == ["unodc", "latvian-interior-ministry"])
    }

    @Test func theBodyTheEventIsHeldAtHostsIt() throws {
        let found = InventedText.extract("""
            RIGA, 2 May 2019 – Twenty officers completed a five-day course at the Latvian Interior Ministry in Riga \
            today.
            """)
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id) == ["latvian-interior-ministry"])
        #expect(event.statements.first { $0.relation == .organizer }?.rule == .organizerVenue)
    }

    @Test func aBodyPeopleGatherAtHostsTheEvent() throws {
        let found = InventedText.extract("""
            Port officials gathering at UNODC

            RIGA, 2 May 2019 – Port officials from the Baltic States are gathering at UNODC’s headquarters for a \
            conference on container control.
            """)
        #expect(try #require(found.events.first).organizers.map(\.id) == ["unodc"])
    }

    @Test func aPlaceAfterAtHostsNothing() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – Twenty officers completed a course at Riga airport today.")
        #expect(try #require(found.events.first).organizers.isEmpty)
    }

    @Test func whoHandsOverHoldsTheHandoverAndWhoReceivesIsAPartner() throws {
        let found = InventedText.extract("""
            RIGA, 2 May 2019 – The Baltic Project of UNODC in Latvia, UNODC handed over 40 computers, printers and \
            scanners to the Latvian Interior Ministry today. The event took place in Riga.
            """)
        let event = try #require(found.events.first)
        // Bodies before a comma are no list without "and": Latvia and the Project only say where UNODC works.
        #expect(event.organizers.map(\.id) == ["unodc"])
        #expect(event.statements.first { $0.relation == .organizer }?.rule == .organizerHandsOver)
        #expect(event.partners.map(\.id) == ["latvian-interior-ministry"])
        #expect(event.statements.first { $0.relation == .partner }?.rule == .partnerReceives)
    }
}

import CommuniqueKit
import Testing

/// Organizers and partners of the event.
@Suite struct EventPartyStageTests {
    @Test func eventRelationsKeepTheTextThatStatesThem() throws {
        let found = InventedText.extract("TIRANA, 8 October 2018 – A workshop organized by the OSCE Presence in Albania opened today. It was financed by Austria. Ana Kola said the workshop mattered.")
        let event = try #require(found.events.first)
        let stated = Dictionary(uniqueKeysWithValues: event.statements.map { ("\($0.relation.rawValue) \($0.object.id)", $0.span.text) })
        #expect(stated["organizer osce-presence-albania"] == "organized by the OSCE Presence in Albania")
        #expect(stated["funder austria"] == "financed by Austria")
        #expect(stated["speaker ana-kola"] == "Ana Kola said")
    }

    @Test func partiesSayWhichRuleReadThem() throws {
        let found = InventedText.extract("""
            TIRANA, 8 October 2018 – The OSCE Presence in Albania hosted a meeting of customs officers. \
            The meeting was organized by UNODC in co-operation with INTERPOL.
            """)
        let event = try #require(found.events.first)
        let rules = Dictionary(uniqueKeysWithValues: event.statements.map { ("\($0.relation.rawValue) \($0.object.id)", $0.rule) })
        #expect(rules["organizer osce-presence-albania"] == .organizerAsSubject)
        #expect(rules["organizer unodc"] == .organizerByAgent)
        #expect(rules["partner interpol"] == .partnerAfterCue)
    }

    @Test func anOrganizationBeforeTheEventNounOrganizedIt() throws {
        let found = InventedText.extract("SKOPJE, 3 May 2019 – Border police officers attended a UNODC seminar on container control.")
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id) == ["unodc"])
        #expect(event.statements.first?.rule == .organizerBeforeEventNoun)
    }

    @Test func theClauseEndsThePartiesAndNamesAreNoVerbs() throws {
        let found = InventedText.extract("""
            RIGA, 2 May 2019 – The seminar is organized by the Latvian Interior Ministry and aims to strengthen \
            links with the OSCE. Anna Berg of the Unit on Organized Crime spoke.
            """)
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id) == ["latvian-interior-ministry"])
        #expect(event.partners.isEmpty)
    }

    @Test func statesByTheirAdjectiveAndHyphenatedModifiersAreNoParties() throws {
        let found = InventedText.extract("""
            RIGA, 2 May 2019 – The course was organized by the OSCE Secretariat with Estonian and EU-funded experts.
            """)
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id) == ["osce-secretariat"])
    }

    @Test func anActiveVerbsObjectIsTheEventNotAParty() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – Latvia hosted meetings of the European Union on the seminar on ports, organized crime and trade.")
        #expect(try #require(found.events.first).organizers.isEmpty)
    }

    @Test func theAgentMayComeAFewWordsAfterTheVerb() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – The seminar is co-organized for the States of the region by the OSCE Secretariat’s Border Unit and UNODC.")
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id).contains("unodc"))
        #expect(!event.organizers.map(\.id).contains("osce-secretariat"))
    }

    @Test func aPartnerVerbInASentenceNamingTheEvent() throws {
        let found = InventedText.extract("RIGA, 2 May 2019 – Officers went on a study visit to Estonia. The visit was supported by UNODC and INTERPOL.")
        #expect(try #require(found.events.first).partners.map(\.id) == ["unodc", "interpol"])
    }

    @Test func eachBodyOfACoordinationIsAParty() throws {
        let found = InventedText.extract("TARTU, 3 May 2018 – A study visit to Latvia ended today. The visit was supported by the Estonian and Finnish Interior Ministries.")
        let event = try #require(found.events.first)
        let partners = event.partners.compactMap { found.entities[$0]?.name }
        #expect(partners == ["Estonian Interior Ministry", "Finnish Interior Ministry"])
    }

    @Test func theBodyATitleNamesCanOrganizeTheEventInARelativeClause() throws {
        let found = InventedText.extract("""
            SKOPJE, 3 May 2019 – A two-day conference on border security ended today. “It helped,” said Ana Kola, \
            Head of the OSCE Mission to Skopje, which organized the conference along with the European Union.
            """)
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id) == ["osce-mission-skopje"])
        #expect(event.partners.map(\.id) == ["eu"])
    }

    @Test func aSerialCommaBeforeTheLastPartyKeepsTheList() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2019 – A seminar on customs control opened today. It was organized by UNODC, the European \
            Union, and the Latvian Interior Ministry, with other partners.
            """)
        let event = try #require(found.events.first)
        #expect(Set(event.organizers.map(\.id)) == ["unodc", "eu", "latvian-interior-ministry"])
    }

    @Test func whoPaidIsAFunderNotAParty() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2019 – A seminar on customs control opened today. The event, organized by UNODC, hosted by \
            the Latvian Interior Ministry and co-financed by the European Union, was the first of its kind.
            """)
        let event = try #require(found.events.first)
        #expect(Set(event.organizers.map(\.id)) == ["unodc", "latvian-interior-ministry"])
        #expect(event.partners.isEmpty)
        #expect(event.funders.map(\.id) == ["eu"])
    }

    @Test func aFunderIsNoSubjectOfTheOrganizingVerbAfterIt() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2019 – A seminar on customs control opened today. The seminar was funded by the European \
            Union and organized in co-operation with the Latvian Interior Ministry.
            """)
        let event = try #require(found.events.first)
        #expect(event.organizers.isEmpty)
        #expect(event.partners.map(\.id) == ["latvian-interior-ministry"])
        #expect(event.funders.map(\.id) == ["eu"])
    }

    @Test func bodiesListedAsTakingPartArePartners() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2019 – The OSCE hosted a seminar on customs control. The seminar brought together 40 \
            officials, including customs officers from the Latvian Interior Ministry, UNODC, INTERPOL and the \
            European Union, to discuss risk analysis, including the use of data from Europol.
            """)
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id) == ["osce"])
        // "officers from the Latvian Interior Ministry" names who came, not an institution that took part;
        // "Europol" is after the clause that lists them.
        #expect(event.partners.map(\.id) == ["unodc", "interpol", "eu"])
        #expect(event.statements.filter { $0.relation == .partner }.allSatisfy { $0.rule == .partnerTakingPart })
    }

    @Test func aBodyTakesPartOnlyInASentenceOfTheEventAndAfterAGatheringVerb() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2019 – The OSCE hosted a seminar on customs control. Its topics included threats such \
            as those UNODC and INTERPOL report. A conference brought together agencies such as Europol.
            """)
        let event = try #require(found.events.first)
        #expect(event.partners.isEmpty)
    }

    @Test func aParticipleAfterACommaAndAVerbAfterAPersonHaveNoBodyAsSubject() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2019 – Experts from UNODC and the Latvian Interior Ministry delivered a seminar on ports, \
            jointly organized with INTERPOL. The OSCE Secretary General, Jane Doe, spoke. \
            Near the UNODC office, the seminar ended with a dinner that Doe hosted.
            """)
        let event = try #require(found.events.first)
        #expect(event.organizers.isEmpty)
        #expect(event.partners.map(\.id) == ["interpol"])
    }

    @Test func bodiesFurtherAlongTheMeetingsOfPhraseArePartners() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2019 – The fifth meeting of the Forum for Security Co-operation of the heads of the \
            UNODC drug control offices was held today. A second meeting of senior officials of the INTERPOL \
            member states on ports, with Europol, is planned.
            """)
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id) == ["osce-forum-for-security-co-operation"])
        // The second meeting is another mention of the noun: its phrase ends at "on"; Europol is after it.
        #expect(event.partners.map(\.id) == ["unodc", "interpol"])
        #expect(event.statements.filter { $0.relation == .partner }.allSatisfy { $0.rule == .partnerAlongMeetingPhrase })
    }

    @Test func theAuthoritiesOfAStateByItsAdjectiveAreTheState() throws {
        let found = InventedText.extract("""
            TIRANA, 8 October 2018 – A workshop organized by UNODC opened today. The workshop is supported by the \
            Albanian authorities and attended by Albanian officers.
            """)
        let event = try #require(found.events.first)
        #expect(event.organizers.map(\.id) == ["unodc"])
        #expect(event.partners.map(\.id) == ["albania"])
    }
}

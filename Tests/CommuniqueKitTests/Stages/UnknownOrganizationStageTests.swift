import CommuniqueKit
import Testing

/// Organizations not in the knowledge files, by a head noun.
@Suite struct UnknownOrganizationStageTests {
    @Test func aCapitalizedPhraseWithAHeadNounIsAnOrganization() {
        let found = InventedText.extract("DUSHANBE, 7 July 2011 – Officers of the State Agency for Drug Control and the Tajik Border Guard Service met.")
        let names = InventedText.names(found, .organization)
        #expect(names.contains("State Agency for Drug Control"))
        #expect(names.contains("Tajik Border Guard Service"))
    }

    @Test func aCapitalizedPhraseWithoutAHeadNounIsNone() {
        let found = InventedText.extract("DUSHANBE, 7 July 2011 – Green Valley Tea was served to Mountain Road guests.")
        #expect(InventedText.names(found, .organization).isEmpty)
    }

    @Test func namesRunThroughStatesKnownBodiesAndPossessives() {
        let found = InventedText.extract("""
            TARTU, 3 May 2018 – Trainers of the Police Academy of the European Commission met officials of the \
            Interior Ministry of Latvia, of Estonia’s Tax and Customs Board and of the Polish Embassy in Lithuania.
            """)
        let names = InventedText.names(found, .organization)
        #expect(names.contains("Police Academy of the European Commission"))
        #expect(names.contains("Interior Ministry of Latvia"))
        #expect(names.contains("Estonia’s Tax and Customs Board"))
        #expect(names.contains("Polish Embassy in Lithuania"))
        #expect(!names.contains("Trainers of the Police Academy of the European Commission"))
    }

    @Test func coordinatedStatesGiveOneBodyEach() {
        let found = InventedText.extract("TARTU, 3 May 2018 – The Latvian and Estonian Interior Ministries signed a plan.")
        let names = InventedText.names(found, .organization)
        #expect(names == ["Latvian Interior Ministry", "Estonian Interior Ministry"])
    }

    @Test func aStateInCapitalsCoordinatesLikeAnAdjectiveButAStatesNameDoesNot() {
        let capitals = InventedText.extract("TARTU, 3 May 2018 – The UK and Estonian Interior Ministries signed a plan.")
        #expect(InventedText.names(capitals, .organization) == ["UK Interior Ministry", "Estonian Interior Ministry"])
        let name = InventedText.extract("TARTU, 3 May 2018 – The Latvia and Estonian Interior Ministries signed a plan.")
        #expect(!InventedText.names(name, .organization).contains("Latvia Interior Ministry"))
    }

    @Test func twoBodiesJoinedByAndAreTwo() {
        let found = InventedText.extract("TARTU, 3 May 2018 – The Border Guard Academy and the National Customs Board signed a plan.")
        #expect(InventedText.names(found, .organization) == ["Border Guard Academy", "National Customs Board"])
    }

    @Test func aKnownAcronymBeginsTheNameItStarts() throws {
        let found = InventedText.extract("TARTU, 3 May 2018 – The UNODC Liaison Office in Latvia opened. The UN Information Centre helped.")
        let names = InventedText.names(found, .organization)
        #expect(names.contains("UNODC Liaison Office in Latvia"))
        #expect(!names.contains("United Nations Office on Drugs and Crime"))
        let office = try #require(found.entities.values.first { $0.name == "UNODC Liaison Office in Latvia" })
        #expect(office.parent == "unodc")
    }

    @Test func aSeriesOfMeetingsIsNoBody() {
        let found = InventedText.extract("TARTU, 3 May 2018 – The Annual Border Police Meetings continued.")
        #expect(InventedText.names(found, .organization).isEmpty)
    }

    @Test func aPluralHeadOfAListOfStatesGivesOneBodyEach() throws {
        let found = InventedText.extract("TARTU, 3 May 2018 – The Interior Ministries of Latvia, Estonia and Lithuania signed a plan.")
        #expect(InventedText.names(found, .organization) == ["Interior Ministry of Latvia", "Interior Ministry of Estonia", "Interior Ministry of Lithuania"])
        // The states are still mentioned.
        #expect(InventedText.names(found, .state) == ["Latvia", "Estonia", "Lithuania"])
        let event = InventedText.extract("TARTU, 3 May 2018 – A seminar on ports was organized by the Foreign Ministries of Latvia and Estonia.")
        let organizers = try #require(event.events.first).organizers.compactMap { event.entities[$0]?.name }
        #expect(organizers == ["Foreign Ministry of Latvia", "Foreign Ministry of Estonia"])
    }

    @Test func aStatesAbbreviationInCapitalsCoordinatesLikeAnAdjective() {
        let found = InventedText.extract("TARTU, 3 May 2018 – The course is run by the Polish, UK and U.S. Embassies in Estonia.")
        #expect(InventedText.names(found, .organization) == ["Polish Embassy in Estonia", "UK Embassy in Estonia", "U.S. Embassy in Estonia"])
    }

    @Test func aStateWrittenWithItsArticleKeepsItInTheBodysName() {
        let found = InventedText.extract("TARTU, 3 May 2018 – The Interior Ministries of Estonia and the Russian Federation signed a plan.")
        #expect(InventedText.names(found, .organization) == ["Interior Ministry of Estonia", "Interior Ministry of the Russian Federation"])
    }

    @Test func aBodyUnderAnotherBodyIsItsPartAndAnOfficeUnderAPostIsOneName() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2018 – Ada Kask, Head of the Directorate for Border Checks under Latvia’s Interior Ministry, \
            met Ivo Saar, Director of the State Customs Control Agency under the President of Estonia.
            """)
        let names = InventedText.names(found, .organization)
        #expect(names == ["Directorate for Border Checks", "Latvia’s Interior Ministry", "State Customs Control Agency under the President of Estonia"])
        let part = try #require(found.entities.values.first { $0.name == "Directorate for Border Checks" })
        let whole = try #require(found.entities.values.first { $0.name == "Latvia’s Interior Ministry" })
        #expect(part.parent == whole.key.id)
    }

    @Test func aBodyNamedInsideAnotherIsMentionedTooAndTheOuterIsItsPart() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2018 – Trainers of the Tartu Academy of the Ministry of Internal Affairs of Estonia and of the \
            Training Centre of the State Customs Committee met staff of the Institute of Advanced Studies of the \
            Council of Europe.
            """)
        let names = InventedText.names(found, .organization)
        #expect(names == [
            "Tartu Academy of the Ministry of Internal Affairs of Estonia", "Ministry of Internal Affairs of Estonia",
            "Training Centre of the State Customs Committee", "State Customs Committee",
            "Institute of Advanced Studies of the Council of Europe", "Council of Europe",
        ])
        let academy = try #require(found.entities.values.first { $0.name == "Tartu Academy of the Ministry of Internal Affairs of Estonia" })
        let ministry = try #require(found.entities.values.first { $0.name == "Ministry of Internal Affairs of Estonia" })
        #expect(academy.parent == ministry.key.id)
        #expect(ministry.state == "estonia")
    }

    @Test func aStateAndALowerCaseHeadNameABodyButThePoliceStayGeneric() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2018 – Officers of the Latvian customs service, the Estonian police and the United States \
            government met.
            """)
        #expect(InventedText.names(found, .organization) == ["Latvian customs service", "United States government"])
        #expect(InventedText.names(found, .state) == ["Latvia", "Estonia", "United States of America"])
        let service = try #require(found.entities.values.first { $0.name == "Latvian customs service" })
        #expect(service.state == "latvia")
    }

    @Test func aRegionIsASeatAndAPluralHeadNamesNoBody() {
        let found = InventedText.extract("""
            RIGA, 3 May 2018 – The UNODC Liaison Office in Central Asia briefed the Member States’ Customs \
            Agencies and the Academy in Tartu.
            """)
        #expect(InventedText.names(found, .organization) == ["UNODC Liaison Office in Central Asia"])
    }

    @Test func bodiesOfStatesByTheirPossessivesJoinedByAndAreTwo() throws {
        let first = InventedText.extract("RIGA, 3 May 2018 – Officers of Latvia’s Interior Ministry and of Estonia’s Interior Ministry met.")
        #expect(InventedText.names(first, .organization) == ["Latvia’s Interior Ministry", "Estonia’s Interior Ministry"])
        let latvian = try #require(first.entities.values.first { $0.name == "Latvia’s Interior Ministry" })
        #expect(latvian.state == "latvia")
        let second = InventedText.extract("RIGA, 3 May 2018 – Officers of Latvia’s Interior Ministry and Estonia’s Customs Board met.")
        #expect(InventedText.names(second, .organization) == ["Latvia’s Interior Ministry", "Estonia’s Customs Board"])
    }

    @Test func aNameThatEndsTheTextIsReadToItsLastWord() {
        let found = InventedText.extract("RIGA, 3 May 2018 – Trainers came from the Academy of the State Customs Committee")
        #expect(InventedText.names(found, .organization) == ["Academy of the State Customs Committee", "State Customs Committee"])
    }

    @Test func aTextThatEndsWithTheArticleNamesNothingAfterIt() {
        let found = InventedText.extract("RIGA, 3 May 2018 – The Latvian Border Guard College opened a course. The")
        #expect(InventedText.names(found, .organization) == ["Latvian Border Guard College"])
    }
}

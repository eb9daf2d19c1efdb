import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

/// Small texts written for the tests, in the language of press releases, with other people, places,
/// organizations and dates than the fixtures.
@Suite struct ExtractorTests {
    static let knowledge: Knowledge = {
        do { return try Knowledge(folder: TestFiles.packageRoot.appendingPathComponent("Ontology").path) } catch {
            fatalError("cannot load Ontology/: \(error)")
        }
    }()
    let extractor = Extractor(knowledge: ExtractorTests.knowledge)

    func extract(_ body: String, headline: String = "A headline") -> Findings {
        extractor.extract(ReleaseFileReader().parse(headline + "\n" + body, fileName: "test.txt"))
    }

    func names(_ found: Findings, _ kind: Findings.Key.Kind) -> Set<String> {
        let mentioned = Set(found.mentions.map(\.key))
        return Set(found.entities.values.filter { $0.key.kind == kind && mentioned.contains($0.key) }.map(\.name))
    }

    @Test func statesByNameAdjectiveAndPossessive() {
        let found = extract("RIGA, 2 March 2016 – Norwegian experts, Moldova’s border police and officials of the Russian Federation met today. Swiss support was welcomed.")
        #expect(names(found, .state) == ["Norway", "Moldova", "Russian Federation", "Switzerland"])
    }

    @Test func personWithAppositionRoleAndNationalBody() throws {
        let found = extract("RIGA, 2 March 2016 – “Borders are shared,” said Jane Holloway, the Director of Border Policy at the Latvian Interior Ministry. Holloway added that more training was needed.")
        #expect(names(found, .person) == ["Jane Holloway"])
        let role = try #require(found.roles.first)
        #expect(role.title == "Director of Border Policy")
        #expect(found.entities[try #require(role.organization)]?.name == "Latvian Interior Ministry")
        let person = try #require(found.entities.values.first { $0.key.kind == .person })
        #expect(person.alternateNames == ["Holloway"])
        #expect(found.quotations.map(\.text) == ["Borders are shared,"])
    }

    @Test func titleBeforeTheNameWithOrganizationPrefix() throws {
        let found = extract("SKOPJE, 9 May 2019 – OSCE Senior Border Adviser Tomasz Nowak opened the workshop. Nowak said that co-operation mattered.")
        #expect(names(found, .person) == ["Tomasz Nowak"])
        let role = try #require(found.roles.first)
        #expect(role.title == "Senior Border Adviser")
        #expect(role.organization?.id == "osce")
        #expect(found.mentions.filter { $0.key.kind == .person }.count == 2)
    }

    @Test func honorificsAreNotPartOfTheNameAndStatesAffiliate() throws {
        let found = extract("OSH, 1 June 2013 – Kyrgyzstan’s Deputy Interior Minister, Col. Bakyt Asanov, is taking part in the seminar.")
        #expect(names(found, .person) == ["Bakyt Asanov"])
        let role = try #require(found.roles.first)
        #expect(role.title == "Deputy Interior Minister")
        #expect(role.organization?.id == "kyrgyzstan")
    }

    @Test func namesWithDiacriticsAndApostrophes() throws {
        let found = extract("BELGRADE, 3 April 2015 – Đorđe Đorđević, the Head of the Serbian Customs Administration, and Sean O'Neill, Ireland’s Deputy Police Commissioner, spoke.")
        #expect(names(found, .person) == ["Đorđe Đorđević", "Sean O'Neill"])
        #expect(found.entities.keys.contains(Findings.Key(kind: .person, id: "dorde-dordevic")))
        #expect(found.entities.keys.contains(Findings.Key(kind: .person, id: "sean-oneill")))
    }

    @Test func placesAndOrganizationsAreNeverPeople() {
        let found = extract("ALMATY, 5 May 2012 – Central Asia remains a transit region, the Border Management Staff College said. The World Drug Report was discussed.")
        #expect(names(found, .person).isEmpty)
    }

    @Test func eventWithDurationOrganizerPartnerAndFunders() throws {
        let found = extract("""
            BISHKEK, 4 May 2016 – A three-day OSCE seminar on border security, organized by the OSCE Programme Office in Bishkek in co-operation with UNODC, opened today. More than 40 officials take part.
            The seminar was funded by Germany and Finland.
            """)
        let event = try #require(found.events.first)
        #expect(event.type == "seminar")
        #expect(event.start?.iso8601 == "2016-05-04")
        #expect(event.end?.iso8601 == "2016-05-06")
        #expect(event.place == "Bishkek")
        #expect(event.organizers.map(\.id) == ["osce-programme-office-bishkek"])
        #expect(event.partners.map(\.id) == ["unodc"])
        #expect(event.funders.map(\.id) == ["germany", "finland"])
        #expect(event.participantCount == 40)
    }

    @Test func chairmanshipsResolveToTheirYearAndState() throws {
        let found = extract("BRATISLAVA, 12 March 2019 – The OSCE Chairmanship hosted a meeting. Serbia’s 2015 OSCE Chairmanship had started the work.")
        let chairs = found.entities.values.compactMap(\.chairmanshipYear).sorted()
        #expect(chairs == [2015, 2019])
        #expect(found.entities[Findings.Key(kind: .organization, id: "osce-chairmanship-2019")]?.state == "slovakia")
        #expect(names(found, .state) == ["Serbia"])
    }

    @Test func speakingOnBehalfOfAChairmanshipAffiliatesWithItsState() throws {
        let found = extract("WARSAW, 6 June 2023 – “Borders must stay open to trade,” said Tomas Varga, Senior Counsellor, opening the forum on behalf of North Macedonia’s 2023 OSCE Chairmanship.")
        let role = try #require(found.roles.first)
        #expect(role.title == "Senior Counsellor")
        #expect(role.organization?.id == "north-macedonia")
        #expect(role.actingFor?.id == "osce-chairmanship-2023")
    }

    @Test func eventRelationsKeepTheTextThatStatesThem() throws {
        let found = extract("TIRANA, 8 October 2018 – A workshop organized by the OSCE Presence in Albania opened today. It was financed by Austria. Ana Kola said the workshop mattered.")
        let event = try #require(found.events.first)
        let stated = Dictionary(uniqueKeysWithValues: event.statements.map { ("\($0.relation.rawValue) \($0.object.id)", $0.span.text) })
        #expect(stated["organizer osce-presence-albania"] == "organized by the OSCE Presence in Albania")
        #expect(stated["funder austria"] == "financed by Austria")
        #expect(stated["speaker ana-kola"] == "Ana Kola said")
    }

    @Test func precedentDecisionsAndEvents() throws {
        let found = extract("""
            ASTANA, 3 March 2021 – The seminar followed a September 2019 decision by the OSCE Permanent Council. \
            The seminar builds on the 2018 regional conference on border security, Murat Aliev said.
            """)
        let precedents = try #require(found.events.first).precedents
        #expect(precedents.map(\.name) == ["September 2019 decision by the OSCE Permanent Council", "2018 regional conference on border security"])
        #expect(precedents.map(\.kind) == [.document, .event])
        #expect(precedents.first?.creator?.id == "osce-permanent-council")
        #expect(precedents.first?.year == 2019 && precedents.first?.month == 9)
        #expect(precedents.last?.year == 2018 && precedents.last?.month == nil)
    }

    @Test func eventLabelIsTheBestDescribedMentionWithoutItsDuration() throws {
        let found = extract("PRAGUE, 2 May 2017 – Experts meet today for the two-day conference. The OSCE-wide anti-trafficking conference ends tomorrow.")
        let event = try #require(found.events.first)
        #expect(event.label == "OSCE-wide anti-trafficking conference")
        #expect(event.end?.iso8601 == "2017-05-03")
    }

    @Test func quotationsGoToTheirSpeakerAcrossParagraphs() throws {
        let found = extract("""
            SARAJEVO, 14 May 2019 – “Borders are shared,” said Lena Vuković, the Deputy Head of the OSCE Mission to Bosnia and Herzegovina.
            “Training is the key to trust,” she added.
            Tomas Berg, the OSCE Senior Adviser on Anti-Terrorism Issues and Co-ordinator of Regional Projects, said: “Data must flow.”
            """)
        let said = found.quotations.map { "\($0.speaker.id): \($0.text)" }
        #expect(said == ["lena-vukovic: Borders are shared,", "lena-vukovic: Training is the key to trust,", "tomas-berg: Data must flow."])
    }

    @Test func unrelatedFollowingIsNoPrecedent() throws {
        let found = extract("VIENNA, 3 March 2021 – The training course opened today. Its mandate was growing following requests by the participating States.")
        #expect(try #require(found.events.first).precedents.isEmpty)
    }

    @Test(arguments: [
        "",
        "NO DATELINE HERE. EVERYTHING IS IN CAPITALS, SAID JOHN SMITH OF THE MINISTRY.",
        String(repeating: "Ministers of the Interior met, said Anna Berg. ", count: 400),
        "VIENNA, 1 January 2020 – “This quote never closes, said Maria Lopez, the Head of Unit.",
        "\u{201C}\u{201D} \"\" ’s ’s , , . . - – —",
    ])
    func oddInputNeverCrashesAndStaysValidRDF(body: String) throws {
        let release = ReleaseFileReader().parse("Headline with \"quotes\" and \\ backslash\n" + body, fileName: "odd.txt")
        let builder = DocumentGraphBuilder(scheme: try IdentifierScheme(), extractor: extractor)
        let graph = builder.graph(for: [release])
        let text = try graph.serialized(as: .turtle, prefixes: builder.prefixes)
        let back = try Graph(parsing: text, syntax: .turtle)
        #expect(back.count == graph.count)
    }
}

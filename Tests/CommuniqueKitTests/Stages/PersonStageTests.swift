import CommuniqueKit
import Testing

/// People by the cues around their names, and the roles their titles state.
@Suite struct PersonStageTests {
    @Test func personWithAppositionRoleAndNationalBody() throws {
        let found = InventedText.extract("RIGA, 2 March 2016 – “Borders are shared,” said Jane Holloway, the Director of Border Policy at the Latvian Interior Ministry. Holloway added that more training was needed.")
        #expect(InventedText.names(found, .person) == ["Jane Holloway"])
        let role = try #require(found.roles.first)
        #expect(role.title == "Director of Border Policy")
        #expect(found.entities[try #require(role.organization)]?.name == "Latvian Interior Ministry")
        let person = try #require(found.entities.values.first { $0.key.kind == .person })
        #expect(person.alternateNames == ["Holloway"])
        #expect(found.quotations.map(\.text) == ["Borders are shared,"])
    }

    @Test func titleBeforeTheNameWithOrganizationPrefix() throws {
        let found = InventedText.extract("SKOPJE, 9 May 2019 – OSCE Senior Border Adviser Tomasz Nowak opened the workshop. Nowak said that co-operation mattered.")
        #expect(InventedText.names(found, .person) == ["Tomasz Nowak"])
        let role = try #require(found.roles.first)
        #expect(role.title == "Senior Border Adviser")
        #expect(role.organization?.id == "osce")
        #expect(found.mentions.filter { $0.key.kind == .person }.count == 2)
    }

    @Test func honorificsAreNotPartOfTheNameAndStatesAffiliate() throws {
        let found = InventedText.extract("OSH, 1 June 2013 – Kyrgyzstan’s Deputy Interior Minister, Col. Bakyt Asanov, is taking part in the seminar.")
        #expect(InventedText.names(found, .person) == ["Bakyt Asanov"])
        let role = try #require(found.roles.first)
        #expect(role.title == "Deputy Interior Minister")
        #expect(role.organization?.id == "kyrgyzstan")
    }

    @Test func namesWithDiacriticsAndApostrophes() throws {
        let found = InventedText.extract("BELGRADE, 3 April 2015 – Đorđe Đorđević, the Head of the Serbian Customs Administration, and Sean O'Neill, Ireland’s Deputy Police Commissioner, spoke.")
        #expect(InventedText.names(found, .person) == ["Đorđe Đorđević", "Sean O'Neill"])
        #expect(found.entities.keys.contains(Findings.Key(kind: .person, id: "dorde-dordevic")))
        #expect(found.entities.keys.contains(Findings.Key(kind: .person, id: "sean-oneill")))
    }

    @Test func placesAndOrganizationsAreNeverPeople() {
        let found = InventedText.extract("ALMATY, 5 May 2012 – Central Asia remains a transit region, the Border Management Staff College said. The World Drug Report was discussed.")
        #expect(InventedText.names(found, .person).isEmpty)
    }

    @Test func speakingOnBehalfOfAChairmanshipAffiliatesWithItsState() throws {
        let found = InventedText.extract("WARSAW, 6 June 2023 – “Borders must stay open to trade,” said Tomas Varga, Senior Counsellor, opening the forum on behalf of North Macedonia’s 2023 OSCE Chairmanship.")
        let role = try #require(found.roles.first)
        #expect(role.title == "Senior Counsellor")
        #expect(role.organization?.id == "north-macedonia")
        #expect(role.actingFor?.id == "osce-chairmanship-2023")
    }

    @Test func rolesSayWhichRuleReadTheirTitle() throws {
        let found = InventedText.extract("TARTU, 4 April 2022 – Customs Director Mart Kask met Liis Tamm, the Head of the Estonian Border Guard Service.")
        let rules = Dictionary(uniqueKeysWithValues: found.roles.map { ($0.person.id, $0.rule) })
        #expect(rules["mart-kask"] == .titleBeforeName)
        #expect(rules["liis-tamm"] == .titleInApposition)
    }

    @Test func aTitleEndingInItsBodyBeforeACommaAndTheName() throws {
        let found = InventedText.extract("SKOPJE, 9 May 2019 – “Borders matter,” said the Head of the OSCE Mission to Skopje, Mara Lind.")
        #expect(InventedText.names(found, .person) == ["Mara Lind"])
        let role = try #require(found.roles.first)
        #expect(role.title == "Head")
        #expect(role.organization?.id == "osce-mission-skopje")
    }

    @Test func ranksJoinedByAHyphenAndHonorificsWithoutADotAreNoName() throws {
        let found = InventedText.extract("""
            SKOPJE, 9 May 2019 – Lieutenant-Colonel Petar Ilic opened the course. Mr Ilic said it was timely.
            """)
        #expect(InventedText.names(found, .person) == ["Petar Ilic"])
        let person = try #require(found.entities.values.first { $0.key.kind == .person })
        #expect(person.alternateNames == ["Ilic"])
    }

    @Test func aMiddleInitialDoesNotEndTheSentence() {
        let found = InventedText.extract("SKOPJE, 9 May 2019 – Mark T. Olsen, Senior Project Officer, said the course was timely.")
        #expect(InventedText.names(found, .person) == ["Mark T. Olsen"])
    }

    @Test func aStateWordAfterAFirstNameIsASurname() {
        let found = InventedText.extract("SKOPJE, 9 May 2019 – Anna Chad, the Director of the College, said the course was timely.")
        #expect(InventedText.names(found, .person) == ["Anna Chad"])
        #expect(InventedText.names(found, .state).isEmpty)
    }

    @Test func anAppositionWithALowerCaseNounIsAPersonsCue() {
        let found = InventedText.extract("SKOPJE, 9 May 2019 – The plan came from Ivo Brandt, a member of the regional parliament.")
        #expect(InventedText.names(found, .person) == ["Ivo Brandt"])
        #expect(found.roles.map(\.title) == ["member"])
        #expect(found.roles.first?.organization == nil)
    }

    @Test func aLowerCaseTitleInAnAppositionIsARole() throws {
        let found = InventedText.extract("SKOPJE, 9 May 2019 – “It worked,” said Ivo Brandt, an OSCE border police trainer from Austria.")
        let role = try #require(found.roles.first)
        #expect(role.title == "border police trainer")
        #expect(role.organization?.id == "osce")
    }

    @Test func theBodyAfterTheTitlesComma() throws {
        let found = InventedText.extract("SKOPJE, 9 May 2019 – Lena Falk, Senior Project Officer, Regional Customs Academy of Latvia, said it worked.")
        let role = try #require(found.roles.first)
        #expect(role.title == "Senior Project Officer")
        #expect(found.entities[try #require(role.organization)]?.name == "Regional Customs Academy of Latvia")
    }

    @Test func aRankInsideABodysNameIsPartOfIt() throws {
        let found = InventedText.extract("SKOPJE, 9 May 2019 – Mara Lind, the Director of the General Inspectorate of Police, said it worked.")
        let role = try #require(found.roles.first)
        #expect(found.entities[try #require(role.organization)]?.name == "General Inspectorate of Police")
    }

    @Test func aTitleWrittenAgainWithoutItsBodyIsTheSameRole() throws {
        let found = InventedText.extract("""
            SKOPJE, 9 May 2019 – OSCE Senior Border Adviser Tomasz Nowak opened the workshop. Later, Senior Border \
            Adviser Tomasz Nowak closed it, and Chief Inspector Tomasz Nowak signed the report.
            """)
        let titles = found.roles.map { "\($0.title) @ \($0.organization?.id ?? "none")" }.sorted()
        #expect(titles == ["Chief Inspector @ none", "Senior Border Adviser @ osce"])
    }

    /// Each role of the release as "title @ where it is held".
    private func heldRoles(_ found: Findings) -> [String] {
        found.roles.map { "\($0.title) @ \($0.organization.flatMap { found.entities[$0]?.name } ?? "none")" }.sorted()
    }

    @Test func theBodyAfterTheNameIsWhereTheTitleBeforeItIsHeld() {
        let found = InventedText.extract("""
            RIGA, 3 March 2015 – President Ilmar Sepp of Estonia signed the plan. Foreign Minister Aino Tamm of the \
            Latvian Interior Ministry agreed. Deputy Mayor Juri Kuld of the view that it helps also spoke.
            """)
        #expect(heldRoles(found) == ["Deputy Mayor @ none", "Foreign Minister @ Latvian Interior Ministry", "President @ Estonia"])
    }

    @Test func wordsBeforeATitleConnectorWithNoTitleWordAreNoTitle() {
        let found = InventedText.extract("RIGA, 3 March 2015 – To close a route from Western Asia to Riga President Ilmar Sepp of Estonia signed.")
        #expect(heldRoles(found) == ["Riga President @ Estonia"])
    }

    @Test func aPostHonorificIsTheRoleOfAPersonWithNoTitle() {
        let found = InventedText.extract("""
            RIGA, 3 March 2015 – Ambassador Ada Kask from the Council of Europe opened the meeting. Ambassador Ivo \
            Saar welcomed it on behalf of the Latvian Presidency of the Group. Ambassador Mari Lepp, Head of the \
            Estonian Border Guard, closed it. Colonel Peeter Org took notes.
            """)
        #expect(heldRoles(found) == ["Ambassador @ Council of Europe", "Ambassador @ Latvia", "Head @ Estonian Border Guard"])
    }

    @Test func coordinatedTitlesAreEachHeldWhereTheirOwnWordsSay() {
        let found = InventedText.extract("""
            RIGA, 3 March 2015 – “We agree,” said Chairperson of the Permanent Council and Permanent Representative \
            of Estonia to the OSCE Ambassador Ada Kask. Ivo Saar, Deputy Head and Chief of Staff of the Latvian \
            Border Guard, spoke.
            """)
        #expect(heldRoles(found) == [
            "Chairperson @ OSCE Permanent Council", "Chief of Staff @ Latvian Border Guard",
            "Deputy Head @ Latvian Border Guard", "Permanent Representative @ Estonia",
        ])
    }

    @Test func aTitleAlreadyReadBelongsToItsPersonNotToTheNextName() {
        let found = InventedText.extract("""
            RIGA, 3 March 2015 – The meeting was attended by Ada Kask, Head of the Department for Border Control \
            of the Latvian Interior Ministry, Ivo Saar, Deputy Director of the Estonian Customs Board; and others.
            """)
        #expect(heldRoles(found) == [
            "Deputy Director @ Estonian Customs Board", "Head @ Department for Border Control of the Latvian Interior Ministry",
        ])
    }

    @Test func aTitleWhoseComplementEndsInABodyBeforeACommaAndAName() {
        let found = InventedText.extract("""
            RIGA, 3 March 2015 – The Minister for Border Control of Estonia, Ada Mari Kask Lind, who is attending \
            the meeting, will speak.
            """)
        #expect(InventedText.names(found, .person) == ["Ada Mari Kask Lind"])
        #expect(heldRoles(found) == ["Minister for Border Control @ Estonia"])
    }

    @Test func aSurnameAloneAfterATitleIsAPersonUnlessTheReleaseNamesHerInFull() {
        let alone = InventedText.extract("RIGA, 3 March 2015 – The visit, thanks to Latvia’s Interior Minister Kalnins’s guidance, went well.")
        #expect(InventedText.names(alone, .person) == ["Kalnins"])
        #expect(heldRoles(alone) == ["Interior Minister @ Latvia"])
        let named = InventedText.extract("""
            RIGA, 3 March 2015 – Interior Minister Kalnins’s guidance helped. Later, Juris Kalnins, the Interior \
            Minister of Latvia, said so. Deputy Mayor Riga’s office agreed, and Deputy Mayor Tartu’s staff met in Tartu.
            """)
        #expect(InventedText.names(named, .person) == ["Juris Kalnins"])
    }

    @Test func aSurnameThatIsAHeadNounEndsANameBetweenASpeechVerbAndAnApposition() {
        let found = InventedText.extract("""
            RIGA, 3 March 2015 – “It worked,” said Mara Bureau, an OSCE police trainer from Estonia. The Border \
            Bureau, a new unit, opened.
            """)
        #expect(InventedText.names(found, .person) == ["Mara Bureau"])
        #expect(!InventedText.names(found, .organization).contains("Mara Bureau"))
    }

    @Test func aBodyAfterTheTitlesCommaMayBeginWithAKnownAcronym() throws {
        let found = InventedText.extract("""
            RIGA, 3 March 2015 – “It helps,” said Ms. Ada Kask, Chief, UNODC Section for Container Control, in her \
            remarks.
            """)
        #expect(heldRoles(found) == ["Chief @ UNODC Section for Container Control"])
        let section = try #require(found.entities.values.first { $0.name == "UNODC Section for Container Control" })
        #expect(section.parent == "unodc")
    }

    @Test func whereAPersonOfALowerCaseAppositionComesFromIsTheBody() {
        let found = InventedText.extract("""
            RIGA, 3 March 2015 – Ada Kask, a graduate of this year’s staff course from Estonia, said it helped.
            """)
        #expect(heldRoles(found) == ["graduate @ Estonia"])
    }

    @Test func capitalizedWordsAfterAndGoOnWithATitlesComplementUnlessTheyHoldATitle() {
        let found = InventedText.extract("""
            RIGA, 3 March 2015 – Director General for Research and Security Affairs at Latvia’s Foreign Ministry, \
            Ambassador Ada Kask, spoke. Ivo Saar, Head of Training and Deputy Director of the Estonian Border \
            Guard, agreed.
            """)
        #expect(heldRoles(found) == [
            "Deputy Director @ Estonian Border Guard", "Director General for Research and Security Affairs @ Latvia’s Foreign Ministry",
            "Head of Training @ Estonian Border Guard",
        ])
    }

    @Test func aBodyBeforeALaterTitleIsThatTitlesOnly() {
        let found = InventedText.extract("""
            RIGA, 3 March 2015 – The plan will be signed by the Chairman and UNODC Executive Director Ada Kask.
            """)
        #expect(heldRoles(found) == ["Chairman @ none", "Executive Director @ United Nations Office on Drugs and Crime"])
    }
}

import CommuniqueKit
import Testing

/// Where a title is held: of the bodies its phrase names, the narrowest.
@Suite struct AffiliationTests {
    func affiliation(_ body: String) -> String? {
        let found = InventedText.extract(body)
        return found.roles.first.flatMap { $0.organization }.flatMap { found.entities[$0]?.name }
    }

    @Test func theBodyAnOrganizationsPossessiveLeadsToIsWhereTheTitleIsHeld() {
        #expect(affiliation("RIGA, 9 May 2016 – “Ports matter,” said Anna Berg, the Programme Co-ordinator with the OSCE’s Strategic Police Matters Unit.")
                == "Strategic Police Matters Unit")
    }

    @Test func aUnitNamedAfterItsParentIsWhereTheTitleIsHeld() {
        #expect(affiliation("RIGA, 9 May 2016 – The OSCE Head of the Strategic Police Matters Unit, Anna Berg, opened the meeting.")
                == "Strategic Police Matters Unit")
    }

    @Test func headlessWordsAfterOnTheGoOnWithTheTitleAndFromNamesTheBody() throws {
        let found = InventedText.extract("RIGA, 9 May 2016 – The meeting was opened by Anna Berg, Ambassador on the Fight Against Maritime Piracy "
            + "from the Polish Ministry of Foreign Affairs.")
        let role = try #require(found.roles.first)
        #expect(role.title == "Ambassador on the Fight Against Maritime Piracy")
        #expect(role.organization.flatMap { found.entities[$0]?.name } == "Polish Ministry of Foreign Affairs")
        // The words of the title make no organization.
        #expect(!InventedText.names(found, .organization).contains("Fight Against Maritime Piracy"))
    }

    @Test func aBodyNamedWithoutTheAfterOfIsWhereTheTitleIsHeld() throws {
        let found = InventedText.extract("RIGA, 9 May 2016 – Anna Berg, Head of Harbour Control Department, and Peter Lund, Deputy "
            + "Director of Information Systems of the Latvian Customs Service, and Eva Kalns, Deputy Head of Delegation for Port Affairs, "
            + "opened the meeting.")
        let titles = found.roles.map { ($0.title, $0.organization.flatMap { found.entities[$0]?.name } ?? "") }
        #expect(titles.contains { $0 == ("Head", "Harbour Control Department") })
        // No head noun in the words after "of", or a post: they stay the title's.
        #expect(titles.contains { $0.0 == "Deputy Director of Information Systems" })
        #expect(titles.contains { $0.0 == "Deputy Head of Delegation for Port Affairs" })
    }

    @Test func aBodyWithAHeadAfterOfTheIsStillWhereTheTitleIsHeld() {
        #expect(affiliation("RIGA, 9 May 2016 – The meeting was opened by Anna Berg, Head of the Maritime Piracy Service.")
                == "Maritime Piracy Service")
    }

    @Test func anOrganizationAloneStaysTheAffiliation() {
        #expect(affiliation("RIGA, 9 May 2016 – “Ports matter,” said Anna Berg, the Senior Adviser with the OSCE.")
                == "Organization for Security and Co-operation in Europe")
    }

    @Test func aTitleBeforeTheNameRunsThroughOfTheToItsBody() throws {
        let found = InventedText.extract("RIGA, 9 May 2016 – Deputy Head of the Baltic Customs Institute Colonel Anna Berg said the course would go on.")
        let role = try #require(found.roles.first)
        #expect(role.title == "Deputy Head")
        #expect(role.organization.flatMap { found.entities[$0]?.name } == "Baltic Customs Institute")
    }

    @Test func aBodysPossessiveNamesTheOwnerOfTheBodyThatFollows() {
        #expect(affiliation("RIGA, 9 May 2016 – “Ports matter,” said Anna Berg, Head of the Customs Board’s Training Department.")
                == "Training Department")
        let state = InventedText.extract("RIGA, 9 May 2016 – Officers of Latvia’s Interior Ministry met.")
        #expect(InventedText.names(state, .organization) == ["Latvia’s Interior Ministry"])
    }

    @Test func aTitleBeforeTheNameRunsThroughAtTheToItsBody() throws {
        let found = InventedText.extract("RIGA, 9 May 2016 – Deputy Head at the Training Centre of the Customs Board Karl Mets said: “Good.”")
        let role = try #require(found.roles.first)
        #expect(role.title == "Deputy Head")
        #expect(role.organization.flatMap { found.entities[$0]?.name } == "Training Centre of the Customs Board")
    }
}

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

    @Test func anOrganizationAloneStaysTheAffiliation() {
        #expect(affiliation("RIGA, 9 May 2016 – “Ports matter,” said Anna Berg, the Senior Adviser with the OSCE.")
                == "Organization for Security and Co-operation in Europe")
    }
}

import CommuniqueKit
import Testing

/// The short form of a body's name, its words before the seat, as the one body of the release it begins.
@Suite struct ShortNameStageTests {
    /// The organization a person's roles are held in, by name.
    private func roles(of person: String, in found: Findings) -> [String: String] {
        var out: [String: String] = [:]
        for role in found.roles where found.entities[role.person]?.name == person {
            out[role.title] = role.organization.flatMap { found.entities[$0]?.name } ?? "none"
        }
        return out
    }

    @Test func theShortFormIsTheBodyNamedWithItsSeat() throws {
        let found = InventedText.extract("""
            SKOPJE, 9 April 2019 – A course run by the OSCE Mission to Skopje ended today. “It was useful,” said \
            Ambassador Ivo Karan, Head of the OSCE Mission. OSCE Mission Legal Officer Dana Pek also spoke.
            """)
        #expect(roles(of: "Ivo Karan", in: found) == ["Head": "OSCE Mission to Skopje"])
        #expect(roles(of: "Dana Pek", in: found) == ["Legal Officer": "OSCE Mission to Skopje"])
        let mission = try #require(found.entities.values.first { $0.name == "OSCE Mission to Skopje" })
        #expect(found.mentions.filter { $0.key == mission.key }.count == 3)
        #expect(mission.alternateNames.contains("OSCE Mission"))
        // The acronym of the short forms is no mention of the OSCE itself.
        #expect(!InventedText.names(found, .organization).contains("Organization for Security and Co-operation in Europe"))
    }

    @Test func twoBodiesWithOneShortFormLeaveItToTheAcronym() {
        let found = InventedText.extract("""
            SKOPJE, 9 April 2019 – The OSCE Mission to Skopje and the OSCE Mission in Kosovo met. “It was useful,” \
            said Ivo Karan, Head of the OSCE Mission.
            """)
        #expect(roles(of: "Ivo Karan", in: found) == ["Head": "Organization for Security and Co-operation in Europe"])
    }

    @Test func aNameThatGoesOnIsAnotherBody() {
        let found = InventedText.extract("""
            SKOPJE, 9 April 2019 – The OSCE Mission to Skopje hosted experts of the OSCE Mission to Freedonia and \
            of the OSCE Mission Support Unit of the Secretariat.
            """)
        let mission = found.entities.values.first { $0.name == "OSCE Mission to Skopje" }
        #expect(found.mentions.filter { $0.key == mission?.key }.count == 1)
    }

    @Test func aBodyAfterTheShortFormsPossessiveIsItsPart() throws {
        let found = InventedText.extract("""
            SKOPJE, 9 April 2019 – A course run by the OSCE Mission to Skopje ended today. “It was useful,” said \
            Lena Bors, Head of the OSCE Mission’s Public Safety Department.
            """)
        #expect(roles(of: "Lena Bors", in: found) == ["Head": "Public Safety Department"])
        let department = try #require(found.entities.values.first { $0.name == "Public Safety Department" })
        let mission = try #require(found.entities.values.first { $0.name == "OSCE Mission to Skopje" })
        #expect(department.parent == mission.key.id)
    }
}

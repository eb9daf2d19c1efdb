import CommuniqueKit
import Testing

/// One body for the names a release gives it with and without its state.
@Suite struct SameBodyStageTests {
    @Test func aBodyNamedWithAndWithoutItsStateIsOne() throws {
        let found = InventedText.extract("""
            RIGA, 3 May 2018 – “It helps,” said Ivo Saar, Director of the Border Guard College. The course of the \
            Latvian Border Guard College ended. Estonia State Customs Board officers and staff of the State Customs \
            Board of Estonia attended.
            """)
        #expect(InventedText.names(found, .organization) == ["Latvian Border Guard College", "Estonia State Customs Board"])
        let college = try #require(found.entities.values.first { $0.name == "Latvian Border Guard College" })
        #expect(college.alternateNames.contains("Border Guard College"))
        #expect(found.mentions.filter { $0.key == college.key }.count == 2)
        #expect(found.roles.map(\.organization) == [college.key])
    }

    @Test func theBodiesOfTwoStatesLeaveANameWithoutAStateAlone() {
        let found = InventedText.extract("""
            RIGA, 3 May 2018 – Latvia’s Interior Ministry sent officers. Estonia’s Interior Ministry sent trainers. \
            They met at a course of the Interior Ministry.
            """)
        #expect(InventedText.names(found, .organization) == ["Latvia’s Interior Ministry", "Estonia’s Interior Ministry", "Interior Ministry"])
    }
}

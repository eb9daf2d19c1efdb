import CommuniqueKit
import Testing

/// A body whose own unit is also a party of the event gives way to the unit.
@Suite struct EventPartyScopeStageTests {
    @Test func aUnitThatOrganizedReplacesTheWholeBody() throws {
        let found = InventedText.extract("""
            VIENNA, 2 May 2019 – An OSCE-organized course for police trainers opened today. The course is organized by the \
            Strategic Police Matters Unit in co-operation with the Latvian Customs Board.
            """)
        let event = try #require(found.events.first)
        let names = (event.organizers + event.partners).compactMap { found.entities[$0]?.name }
        #expect(names.contains("Strategic Police Matters Unit"))
        #expect(names.contains("Latvian Customs Board"))
        #expect(!names.contains("Organization for Security and Co-operation in Europe"))
        #expect(!event.statements.contains { found.entities[$0.object]?.name == "Organization for Security and Co-operation in Europe" })
    }

    @Test func aBodyStaysBesideAProgrammeOfItsOwn() throws {
        let found = InventedText.extract("""
            DUSHANBE, 2 May 2019 – A training course for border guards opened today. The course is organized by the European Union \
            and the Border Management Programme in Central Asia.
            """)
        let event = try #require(found.events.first)
        let names = (event.organizers + event.partners).compactMap { found.entities[$0]?.name }
        #expect(names.contains("European Union"))
        #expect(names.contains("Border Management Programme in Central Asia"))
    }

    @Test func aBodyStaysBesideAUnitWhoseNameSaysItHasALifeOfItsOwn() throws {
        // "Programme", capitalized in the name, is the lexicon's "programme": a unit with its own life.
        let found = InventedText.extract("""
            VIENNA, 2 May 2019 – A training course for customs officers opened today. The course is organized by the OSCE \
            and the OSCE Border Safety Programme.
            """)
        let event = try #require(found.events.first)
        let names = (event.organizers + event.partners).compactMap { found.entities[$0]?.name }
        #expect(names.contains("Organization for Security and Co-operation in Europe"), "\(names)")
        #expect(names.contains { $0.hasSuffix("Border Safety Programme") }, "\(names)")
    }

    @Test func withoutAUnitTheBodyStays() throws {
        let found = InventedText.extract("VIENNA, 2 May 2019 – An OSCE-organized course for police trainers opened today.")
        let event = try #require(found.events.first)
        #expect(event.organizers.compactMap { found.entities[$0]?.name } == ["Organization for Security and Co-operation in Europe"])
    }
}

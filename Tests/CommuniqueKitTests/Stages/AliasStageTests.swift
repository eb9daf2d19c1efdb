import CommuniqueKit
import Testing

/// Later mentions of a person by part of the name.
@Suite struct AliasStageTests {
    @Test func aSurnameLaterIsTheSamePerson() throws {
        let found = InventedText.extract("""
            VILNIUS, 5 May 2014 – Rasa Petraitė, the Head of the Lithuanian Customs Department, opened the course. \
            Petraitė later said the course was timely. Kowalski had sent greetings.
            """)
        #expect(InventedText.names(found, .person) == ["Rasa Petraitė"])
        let person = try #require(found.entities.values.first { $0.key.kind == .person })
        #expect(person.alternateNames == ["Petraitė"])
        #expect(found.mentions.filter { $0.key == person.key }.count == 2)
    }
}

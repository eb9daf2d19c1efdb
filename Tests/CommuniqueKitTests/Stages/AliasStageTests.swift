@testable import CommuniqueKit
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

    @Test func aSurnameWithParticlesLaterIsTheSamePerson() throws {
        let found = InventedText.extract("""
            VILNIUS, 5 May 2014 – Maria De Luca, the Head of the Lithuanian Customs Department, opened the course. \
            De Luca later said the course was timely.
            """)
        let person = try #require(found.entities.values.first { $0.key.kind == .person })
        #expect(person.alternateNames == ["De Luca"])
    }

    @Test func aWordOfFewerThanThreeLettersIsNoAlias() throws {
        let found = InventedText.extract("""
            VILNIUS, 5 May 2014 – Anna Li, the Head of the Lithuanian Customs Department, opened the course. \
            Li later said the course was timely.
            """)
        let person = try #require(found.entities.values.first { $0.key.kind == .person })
        #expect(person.alternateNames.isEmpty)
        // Three letters of two bytes each are three characters: an alias.
        #expect(AnnotatedRelease.hasThreeCharacters("Żół") && !AnnotatedRelease.hasThreeCharacters("Żó"))
        #expect(AnnotatedRelease.hasThreeCharacters("Abc") && !AnnotatedRelease.hasThreeCharacters("Ab"))
    }

    @Test func aLoneWordOfOnePersonsNameIsThatPersonButNotAWordOfTwo() throws {
        let found = InventedText.extract("""
            VILNIUS, 5 May 2014 – Maria De Luca, the Head of the Lithuanian Customs Department, opened the course. \
            Maria later said the course was timely.
            """)
        let person = try #require(found.entities.values.first { $0.key.kind == .person })
        #expect(person.alternateNames == ["Maria"])
        let two = InventedText.extract("""
            VILNIUS, 5 May 2014 – Maria De Luca, the Head of the Lithuanian Customs Department, and Maria Kowalczyk, \
            the Head of the Polish Border Guard, opened the course. Maria later said the course was timely.
            """)
        #expect(two.entities.values.filter { $0.key.kind == .person }.allSatisfy { !$0.alternateNames.contains("Maria") })
    }
}

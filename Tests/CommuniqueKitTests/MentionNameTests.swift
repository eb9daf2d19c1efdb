@testable import CommuniqueKit
import Testing

/// What a mention of an organization adds to its other names.
@Suite struct MentionNameTests {
    @Test func aMentionIsAnotherNameUnlessItIsTheNameOneCharacterOrAHyphenatedWord() {
        var entity = Findings.Entity(key: Findings.Key(kind: .organization, id: "harbour-board"), name: "Harbour Board of Quorn")
        for (surface, oneWord) in [("Harbour Board of Quorn", false), ("Q", true), ("\u{C9}", true), ("HBQ-led", true)] {
            AnnotatedRelease.note(surface, oneWord: oneWord, asNameOf: &entity)
        }
        #expect(entity.alternateNames.isEmpty)
        // Two characters, a hyphen in a name of several words, and "the" dropped in front.
        for (surface, oneWord) in [("HB", true), ("the Harbour Board", false), ("HBQ-Quorn Board", false), ("E\u{301}x", true)] {
            AnnotatedRelease.note(surface, oneWord: oneWord, asNameOf: &entity)
        }
        #expect(entity.alternateNames == ["HB", "Harbour Board", "HBQ-Quorn Board", "E\u{301}x"])
    }
}

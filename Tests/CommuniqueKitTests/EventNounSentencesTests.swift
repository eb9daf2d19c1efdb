@testable import CommuniqueKit
import Testing

/// The sentences naming the event's noun are read once by the event stage and given again when asked.
@Suite struct EventNounSentencesTests {
    @Test func theKeptSentencesOfTheEventNounAreThoseReadAgainAndOtherNounsAreReadAfresh() throws {
        let body = "RIGA, 2 May 2019 – A seminar on harbour safety opened today.\nThe talks went on.\n"
            + "The Seminar ends on Friday. Police met.\nA seminar follows in June; the police agreed."
        let release = ReleaseFileReader().parse("Harbour seminar opens\n" + body, fileName: "seminar.txt")
        var annotated = AnnotatedRelease(extractor: InventedText.extractor, release: release)
        EventStage().run(on: &annotated)
        let noun = try #require(annotated.eventNoun)
        let kept = try #require(annotated.eventNounSentences)
        var fresh = annotated
        fresh.eventNounSentences = nil
        #expect(kept == fresh.sentencesNaming(noun: noun))
        #expect(annotated.sentencesNaming(noun: noun) == kept)
        // "seminar" and "Seminar" name the event in three sentences of five; "police" in two others.
        let sentences = annotated.tokens.last.map { $0.sentence + 1 } ?? 0
        #expect((0..<sentences).filter(kept.contains).count == 3)
        let police = try #require(annotated.tokens.indices.first { annotated.tokens[$0].key == "police" })
        let named = annotated.sentencesNaming(noun: police)
        #expect(named != kept && (0..<sentences).filter(named.contains).count == 2)
    }
}

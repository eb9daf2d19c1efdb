@testable import CommuniqueKit
import Testing

/// A token's lexicon entry says what the knowledge's lists say of its key and of its text, the answers the
/// lists' sets give.
@Suite struct TokenLexiconTests {
    /// Every word of the lists, as written, in lower and upper case and with an "s", and a text of other words.
    static let tokens: [Token] = {
        let knowledge = InventedText.knowledge
        var words = knowledge.honorifics.union(knowledge.titleHeads).union(knowledge.titleModifiers)
            .union(knowledge.organizationHeads).union(knowledge.eventNouns).union(knowledge.speechVerbs)
            .union(knowledge.cues.entries(of: .nameParticle)).union(knowledge.cues.entries(of: .neverName))
            .union(knowledge.states.values.map(\.name)).union(knowledge.organizations.values.compactMap(\.acronym))
        words.formUnion(words.map { $0.lowercased() } + words.map { $0.uppercased() } + words.map { $0 + "s" })
        let text = words.sorted().joined(separator: " ")
            + " Deputy Warden Ilse van der Brook, a co-ordinator of the Xlandic Harbour Board, addressed the Workshops."
        return InventedText.extractor.tokenizer.tokens(of: text)
    }()

    @Test func classesAreTheListsAnswers() {
        let extractor = InventedText.extractor, knowledge = InventedText.knowledge
        let reference: [WordClass: (Token) -> Bool] = [
            .neverName: { extractor.notNames.contains($0.key) },
            .speechVerb: { knowledge.speechVerbs.contains($0.key) },
            .eventNoun: { knowledge.eventNouns.contains($0.key) },
            .eventNounPlural: { $0.key.hasSuffix("s") && knowledge.eventNouns.contains(String($0.key.dropLast())) },
            .honorific: { knowledge.honorifics.contains($0.text) },
            .titleHead: { knowledge.titleHeads.contains($0.text) },
            .titleModifier: { knowledge.titleModifiers.contains($0.text) },
            .organizationHead: { knowledge.organizationHeads.contains($0.text) },
            .nameParticle: { knowledge.cues.contains(written: $0.text, in: .nameParticle) },
            .nameStart: { extractor.gazetteer.firstWords.contains($0.key) },
            .knownSingle: { extractor.gazetteer.singleNames.contains($0.text) },
        ]
        #expect(reference.count == WordClass.allCases.count)
        for token in TokenLexiconTests.tokens {
            let classes = extractor.lexicon.entry(of: token).classes
            for (wordClass, isOf) in reference where classes.contains(wordClass) != isOf(token) {
                Issue.record("\(token.text): \(wordClass) is \(classes.contains(wordClass))")
            }
        }
        // The text has words of each class, and words of none.
        let entries = TokenLexiconTests.tokens.map { extractor.lexicon.entry(of: $0).classes }
        for wordClass in WordClass.allCases { #expect(entries.contains { $0.contains(wordClass) }, "\(wordClass)") }
        #expect(entries.contains { $0 == WordClassSet() })
    }

    @Test func cueKindsAreTheCueLexiconsOfTheKey() {
        let extractor = InventedText.extractor
        for token in TokenLexiconTests.tokens {
            let entry = extractor.lexicon.entry(of: token).cues, cues = extractor.cues.kinds(ofKey: token.key)
            #expect(entry.words == cues.words && entry.phrases == cues.phrases, "\(token.text)")
        }
    }
}

@testable import CommuniqueKit
import Testing

/// Looking a known name up only where a token can start one finds what the gazetteer finds everywhere.
@Suite struct KnownNameLookupTests {
    @Test func knownNamesAreTheGazetteersMatchesAtEveryToken() {
        let knowledge = InventedText.knowledge
        var names = knowledge.states.values.flatMap { [$0.name] + $0.otherNames + $0.adjectives }
        names += knowledge.organizations.values.flatMap { [$0.name] + $0.otherNames + ($0.acronym.map { [$0, $0 + "-led"] } ?? []) }
        // Each name in a sentence of its own, after "the", in lower case, and among words that name nothing.
        let body = names.sorted().map { "The talks with \($0) and the \($0.lowercased()) of Quorn-Hall ended." }.joined(separator: "\n")
        let release = ReleaseFileReader().parse("A headline\n" + body, fileName: "names.txt")
        let annotated = AnnotatedRelease(extractor: InventedText.extractor, release: release)
        var found = 0
        for i in annotated.tokens.indices {
            let lookedUp = annotated.knownName(at: i), matched = InventedText.extractor.gazetteer.match(annotated.tokens, at: i)
            #expect(lookedUp?.entry == matched?.entry && lookedUp?.length == matched?.length, "\(annotated.tokens[i].text)")
            if matched != nil { found += 1 }
        }
        #expect(found >= names.count)
        #expect(annotated.knownName(at: -1) == nil && annotated.knownName(at: annotated.tokens.count) == nil)
    }

    @Test func aNameOfSeveralWordsIsTheLongestThatABracketDoesNotCutAndThatHasACapital() {
        let gazetteer = InventedText.extractor.gazetteer, tokenizer = InventedText.extractor.tokenizer
        let long = InventedText.knowledge.organizations.values.map(\.name).filter {
            tokenizer.tokens(of: $0).count >= 3 && !$0.contains("(")
        }.sorted()
        let name = try! #require(long.first)
        let length = tokenizer.tokens(of: name).count
        #expect(gazetteer.match(tokenizer.tokens(of: name + " met"), at: 0)?.length == length)
        // A bracket after the second word: the name is not read across it.
        let words = name.split(separator: " ")
        let cut = tokenizer.tokens(of: words.prefix(2).joined(separator: " ") + " (" + words.dropFirst(2).joined(separator: " "))
        #expect((gazetteer.match(cut, at: 0)?.length ?? 0) < length)
        // The same words in lower case after "the" hold no capital: no name of several words.
        let states = InventedText.knowledge.states.values.map(\.name).filter { tokenizer.tokens(of: $0).count == 1 }.sorted()
        let state = try! #require(states.first)
        #expect(gazetteer.match(tokenizer.tokens(of: "the " + state), at: 0)?.length == 2)
        #expect(gazetteer.match(tokenizer.tokens(of: "the " + state.lowercased()), at: 0) == nil)
    }
}

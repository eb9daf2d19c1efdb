@testable import CommuniqueKit
import Testing

/// Token keys and the name trie of the gazetteer, which read ASCII byte by byte.
@Suite struct TokenKeyTests {
    static let words = ["osce", "OSCE", "Co-operation", "co-operation", "O'Neill", "O\u{2019}Neill", "Zürich", "ÉCOLE", "x-Y-z", "-", "", "2019", "U.N.", "İstanbul"]

    @Test(arguments: words)
    func aKeyIsTheLowerCaseWordWithoutHyphensAndWithStraightApostrophes(word: String) {
        var expected = String.UnicodeScalarView()
        for scalar in word.lowercased().unicodeScalars where scalar != "-" { expected.append(scalar == "\u{2019}" ? "'" : scalar) }
        #expect(Token.key(word) == String(expected))
    }

    @Test func capitalsAreReadForASCIIAndOtherLetters() {
        #expect(Token(text: "Osce", kind: .word, start: 0, end: 4).isCapitalized)
        #expect(Token(text: "Élan", kind: .word, start: 0, end: 4).isCapitalized)
        #expect(!Token(text: "élan", kind: .word, start: 0, end: 4).isCapitalized)
        #expect(Token(text: "U.N.", kind: .word, start: 0, end: 4).isAllCaps)
        #expect(Token(text: "ÖSTERREICH", kind: .word, start: 0, end: 10).isAllCaps)
        #expect(!Token(text: "OSCEs", kind: .word, start: 0, end: 5).isAllCaps)
        // Every case of letters, digits and letters beyond ASCII before and after the first lower case.
        let cases: [(String, Bool)] = [("G8", true), ("8", false), ("", false), ("aÖ", false), ("Öa", false), ("AÖ", true),
                                       ("Aé", false), ("A-B", true), ("a-B", false), ("ÉU", true), ("É", true), ("ß", false)]
        for (text, allCaps) in cases {
            #expect(Token(text: text, kind: .word, start: 0, end: text.unicodeScalars.count).isAllCaps == allCaps, "\(text)")
        }
        #expect(!Token(text: "OSCE", kind: .number, start: 0, end: 4).isAllCaps)
    }

    @Test func theTrieGivesEveryNameTheWordsBeginWithShortestFirstAndKeepsTheFirstValue() {
        let trie = NameTrie<Int>([(["united", "nations"], 1), (["united", "nations", "office"], 2), (["united", "nations"], 3)])
        let found = trie.entries(along: ["united", "nations", "office", "vienna"])
        #expect(found.map(\.length) == [2, 3])
        #expect(found.map(\.value) == [1, 2])
        #expect(trie.entries(along: ["united", "kingdom"]).isEmpty)
        #expect(trie.entries(along: [String]()).isEmpty)
    }
}

/// The cue kinds of a key, looked up once per token, agree with the lists of every kind.
@Suite struct CueKindTests {
    @Test func everyKindFitsTheSetAndEveryListedWordHasItsKind() {
        #expect(CueLexicon.Kind.allCases.count <= CueKindSet.capacity)
        let cues = InventedText.knowledge.cues
        for kind in CueLexicon.Kind.allCases {
            for key in cues.keys(of: kind) { #expect(cues.kinds(ofKey: key).words.contains(kind), "\(key) of \(kind.tableName)") }
        }
    }

    @Test func aPhraseIsKnownByItsFirstWordOnly() {
        let cues = CueLexicon(entries: ["funder-cue": ["funded by", "financed by"], "list-joiner": ["and"]])
        #expect(cues.kinds(ofKey: "funded").phrases.contains(.funderCue))
        #expect(!cues.kinds(ofKey: "funded").words.contains(.funderCue))
        #expect(!cues.kinds(ofKey: "by").phrases.contains(.funderCue))
        #expect(cues.kinds(ofKey: "and").words.contains(.listJoiner) && cues.kinds(ofKey: "and").phrases.contains(.listJoiner))
        #expect(!cues.kinds(ofKey: "and").words.contains(.funderCue))
        #expect(cues.kinds(ofKey: "unknown") == (CueKindSet(), CueKindSet()))
    }
}

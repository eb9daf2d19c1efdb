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
    }

    @Test func theTrieGivesEveryNameTheWordsBeginWithShortestFirstAndKeepsTheFirstValue() {
        var trie = NameTrie<Int>()
        trie.insert(["united", "nations"], 1)
        trie.insert(["united", "nations", "office"], 2)
        trie.insert(["united", "nations"], 3)
        let found = trie.entries(along: ["united", "nations", "office", "vienna"])
        #expect(found.map(\.length) == [2, 3])
        #expect(found.map(\.value) == [1, 2])
        #expect(trie.entries(along: ["united", "kingdom"]).isEmpty)
        #expect(trie.entries(along: [String]()).isEmpty)
    }
}

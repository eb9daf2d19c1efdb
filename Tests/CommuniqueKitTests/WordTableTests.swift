@testable import CommuniqueKit
import Testing

/// A word table answers as the dictionary it was made from, for words of any script.
@Suite struct WordTableTests {
    @Test func asciiWordsAreFoundByTheirBytesAndOthersInTheDictionary() {
        let table = WordTable(["talks": 1, "talk": 2, "": 3, "größe": 4, "zürich": 5])
        #expect(table["talks"] == 1)
        #expect(table["talk"] == 2)
        #expect(table[""] == 3)
        #expect(table["größe"] == 4)
        #expect(table["zürich"] == 5)
        // Neither a prefix, a longer word, another case nor another spelling is found.
        #expect(table["tal"] == nil)
        #expect(table["talkss"] == nil)
        #expect(table["Talks"] == nil)
        #expect(table["grösse"] == nil)
    }

    @Test func aWordEqualToAKeyInAnotherFormIsFound() {
        // "Zürich" with a combining diaeresis equals the precomposed key as a String, and a Kelvin sign
        // equals the letter K: the dictionary finds them, and so does the table.
        let table = WordTable(["zürich": 1, "\u{212A}m": 2])
        #expect(table["zu\u{308}rich"] == 1)
        #expect(table["Km"] == 2)
        #expect(["\u{212A}m": 2]["Km"] == 2)
    }

    @Test func aTableOfManyWordsFindsEachOfThem() {
        let words = (0..<5_000).map { "w\($0)x" }
        let table = WordTable(Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) }))
        for (index, word) in words.enumerated() { #expect(table[word] == index) }
        #expect(table["w5000x"] == nil)
    }
}

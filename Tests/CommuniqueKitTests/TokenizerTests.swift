@testable import CommuniqueKit
import Testing

/// The tokenizer: what a token is, where it stands in scalars, its key, and where sentences end.
@Suite struct TokenizerTests {
    let tokenizer = Tokenizer(abbreviations: ["Mr.", "Gen.", "approx."])

    func texts(_ text: String) -> [String] { tokenizer.tokens(of: text).map(\.text) }

    @Test func wordsKeepInnerHyphensApostrophesAndDotsButNotOuterOnes() {
        #expect(texts("Co-operation with O'Neill and O\u{2019}Brien - done.") ==
                ["Co-operation", "with", "O'Neill", "and", "O\u{2019}Brien", "-", "done", "."])
        #expect(texts("-dash- 'quoted'") == ["-", "dash", "-", "'", "quoted", "'"])
        #expect(texts("www.example.org") == ["www.example.org"])
    }

    @Test func aTokenHoldsAHyphenExactlyWhenItsTextHasAHyphenMinus() {
        // Inner hyphens, the mark alone, a dash that is not a hyphen-minus, a hyphen at a word's edge, a
        // number with a hyphen, a word beyond ASCII, and each of them again (a repeated spelling).
        let text = "two-day talks - Yland\u{2013}Zorland 12-15 -edge edge- \u{00C9}cole-Pilote two-day - 12-15 talks"
        let tokens = tokenizer.tokens(of: text)
        #expect(tokens.map(\.hasHyphen) == tokens.map { $0.text.contains("-") })
        #expect(tokens.filter(\.hasHyphen).map(\.text) == ["two-day", "-", "12-15", "-", "-", "\u{00C9}cole-Pilote", "two-day", "-", "12-15"])
        #expect(Token(text: "a-b", kind: .word, start: 0, end: 3).hasHyphen && !Token(text: "ab", kind: .word, start: 0, end: 2).hasHyphen)
    }

    @Test func aPossessiveIsATokenOfItsOwnWithEitherApostrophe() {
        let tokens = tokenizer.tokens(of: "Zorland's envoy and Yland\u{2019}S chief, the boss' car")
        #expect(tokens.map(\.text) == ["Zorland", "'s", "envoy", "and", "Yland", "\u{2019}S", "chief", ",", "the", "boss", "'", "car"])
        #expect(tokens.map(\.kind) == [.word, .possessive, .word, .word, .word, .possessive, .word, .punctuation, .word, .word, .quote, .word])
        // "'s" before more letters stays in the word; a possessive needs the word right before it.
        #expect(texts("O'sullivan 's") == ["O'sullivan", "'", "s"])
    }

    @Test func numbersTakeInnerDotsAndCommasBetweenDigitsOnly() {
        let tokens = tokenizer.tokens(of: "1,500 people, 3.5 tonnes, 2,a and 12-th and 7\u{0663}")
        #expect(tokens.map(\.text) == ["1,500", "people", ",", "3.5", "tonnes", ",", "2", ",", "a", "and", "12-th", "and", "7\u{0663}"])
        #expect(tokens.map(\.kind) == [.number, .word, .punctuation, .number, .word, .punctuation, .number, .punctuation, .word,
                                       .word, .word, .word, .number])
    }

    @Test func abbreviationsAndInitialsKeepTheirDot() {
        #expect(texts("Mr. Smith met Gen. Doe, U.N. envoy, and John Q. Public at approx. noon. End") ==
                ["Mr.", "Smith", "met", "Gen.", "Doe", ",", "U.N.", "envoy", ",", "and", "John", "Q.", "Public", "at",
                 "approx.", "noon", ".", "End"])
        // A lower-case single letter is no initial, and an unknown word gives its dot back.
        #expect(texts("plan b. Then") == ["plan", "b", ".", "Then"])
        // A capital beyond ASCII is an initial too; its lower case is not.
        #expect(texts("Jean \u{00C9}. Dupont and \u{00E9}. Then") == ["Jean", "\u{00C9}.", "Dupont", "and", "\u{00E9}", ".", "Then"])
    }

    @Test func sentencesEndAtStopsAndLineBreaksNotAtAbbreviationsOrInitials() {
        let tokens = tokenizer.tokens(of: "Mr. Doe spoke! Then U.S. aid came? Yes.\nNew line John Q. Public\nlast")
        #expect(tokens.map(\.text) == ["Mr.", "Doe", "spoke", "!", "Then", "U.S.", "aid", "came", "?", "Yes", ".", "New", "line",
                                       "John", "Q.", "Public", "last"])
        #expect(tokens.map(\.sentence) == [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 4])
        // A dotted word keeps its sentence going even before a capital.
        #expect(tokenizer.tokens(of: "see a.b. Next").map(\.sentence) == [0, 0, 0])
    }

    @Test func offsetsCountScalarsAndSpacesOfEveryKindSeparate() {
        let tokens = tokenizer.tokens(of: "Zürich\u{00A0}and\tÉcole \u{201C}Ö\u{201D}\u{2003}x")
        #expect(tokens.map(\.text) == ["Zürich", "and", "École", "\u{201C}", "Ö", "\u{201D}", "x"])
        #expect(tokens.map(\.start) == [0, 7, 11, 17, 18, 19, 21])
        #expect(tokens.map(\.end) == [6, 10, 16, 18, 19, 20, 22])
        #expect(tokens.map(\.kind) == [.word, .word, .word, .quote, .word, .quote, .word])
    }

    @Test func aWordOfCombiningMarksAndOtherScriptsIsOneToken() {
        // "é" written as e and a combining acute: the mark is no letter, so it ends the word.
        let tokens = tokenizer.tokens(of: "Cafe\u{0301} Москва 東京")
        #expect(tokens.map(\.text) == ["Cafe", "\u{0301}", "Москва", "東京"])
        #expect(tokens.map(\.start) == [0, 4, 6, 13])
    }

    @Test func keysAndCapitalsAreThoseOfTheTokenText() {
        let tokens = tokenizer.tokens(of: "The Co-Operation O\u{2019}Neill élan ÉLAN 2019")
        #expect(tokens.map(\.key) == ["the", "cooperation", "o'neill", "élan", "élan", "2019"])
        #expect(tokens.map(\.isCapitalized) == [true, true, true, false, true, false])
        #expect(tokens.map { Token.key($0.text) } == tokens.map(\.key))
    }

    @Test func emptyAndBlankTextsHaveNoTokens() {
        #expect(tokenizer.tokens(of: "").isEmpty)
        #expect(tokenizer.tokens(of: " \n\t\u{00A0}\r\n").isEmpty)
    }
}

/// Tokens spelled alike: each is told the first token with its bytes, whose strings it shares.
@Suite struct RepeatedSpellingTests {
    let tokenizer = Tokenizer(abbreviations: ["Mr."])

    @Test func eachTokenKnowsTheFirstTokenSpelledWithItsBytes() {
        // Enough distinct words that the table grows several times, repeated in another order.
        let words = (0..<300).map { "w\($0)" }
        let text = (words + ["Mr.", "Mr", ".", "\u{E9}lan", "e\u{301}lan", "'s", "'", "s"] + words.reversed() + ["Mr.", "e\u{301}lan", "Mr"]).joined(separator: " ")
        let read = tokenizer.tokensAndSpellings(of: ScalarText(text))
        var first: [String: Int] = [:]
        var expected: [Int] = []
        for (index, token) in read.tokens.enumerated() {
            // By bytes: a composed and a decomposed accent are different spellings.
            let bytes = token.text.utf8.map { String($0) }.joined(separator: ",")
            expected.append(first[bytes, default: index])
            if first[bytes] == nil { first[bytes] = index }
        }
        #expect(read.firstOfSpelling == expected)
        // Repeats: the 300 words, "Mr.", "Mr", the quote and the "s", and the three tokens of the decomposed
        // "élan" (a combining mark is a token of its own).
        #expect(read.firstOfSpelling.enumerated().filter { $0.offset != $0.element }.count == 307)
        #expect(read.tokens == tokenizer.tokens(of: text))
        for (index, token) in read.tokens.enumerated() {
            let earlier = read.tokens[read.firstOfSpelling[index]]
            #expect(earlier.text.utf8.elementsEqual(token.text.utf8) && earlier.key == token.key && earlier.isCapitalized == token.isCapitalized)
        }
    }

    @Test func aRepeatedWordHasTheKeyAndCapitalItWouldHaveAlone() {
        let tokens = tokenizer.tokens(of: "Co-Operation co-operation Co-Operation ÉLAN ÉLAN")
        #expect(tokens.map(\.key) == ["cooperation", "cooperation", "cooperation", "élan", "élan"])
        #expect(tokens.map(\.isCapitalized) == [true, false, true, true, true])
    }

    @Test func wordsWhoseHashesShareTheBitsKeptAreStillToldApartByTheirBytes() {
        // Two words whose FNV-1a hashes agree in the 32 high bits the table keeps (found by a search over
        // six letters of a to h).
        let (one, other) = ("aacggh", "hccebd")
        #expect(FNV1a.hash(one) >> 32 == FNV1a.hash(other) >> 32)
        let read = tokenizer.tokensAndSpellings(of: ScalarText("\(one) \(other) \(one) \(other)"))
        #expect(read.tokens.map(\.text) == [one, other, one, other])
        #expect(read.firstOfSpelling == [0, 1, 0, 1])
    }
}

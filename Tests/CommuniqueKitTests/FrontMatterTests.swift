@testable import CommuniqueKit
import Testing

/// The tests of a page's top that read only part of a line: they answer as reading the whole line would.
@Suite struct FrontMatterTests {
    @Test(arguments: ["", "one", "one two three", "  one  two   three  ", "one two three four", " a b c d e f",
                      "Ports, customs and borders: a review", "a\u{301} b c"])
    func fourWordsAreCountedAsTheSplitCountsThem(line: String) {
        #expect(FrontMatter.hasFourWords(line) == (line.split(separator: " ").count >= 4))
    }

    @Test func aSpaceJoinedToAMarkSeparatesNoWords() {
        // " \u{301}" is one character, which is no space: "one two three" and the rest are three words.
        #expect(!FrontMatter.hasFourWords("one two three \u{301}four"))
        #expect(FrontMatter.hasFourWords("one two three four"))
    }

    @Test func aHeadlineWithoutAFullStopAndSpaceIsOneSentence() {
        #expect(FrontMatter.firstSentence(of: "Officers meet in Tartu on ports") == "Officers meet in Tartu on ports")
        #expect(FrontMatter.firstSentence(of: "Officers meet in Tartu.Ports next") == "Officers meet in Tartu.Ports next")
        #expect(FrontMatter.firstSentence(of: "Officers meet in Tartu. Ports are next") == "Officers meet in Tartu")
    }
}

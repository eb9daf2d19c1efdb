@testable import CommuniqueKit
import Testing

/// A sentence set holds the sentences put in it, and no number outside its text.
@Suite struct SentenceSetTests {
    @Test func holdsExactlyTheSentencesInserted() {
        var set = SentenceSet(sentenceCount: 6)
        set.insert(0)
        set.insert(4)
        set.insert(4)
        #expect((0..<6).filter(set.contains) == [0, 4])
    }

    @Test func numbersOutsideTheTextAreNeverIn() {
        var set = SentenceSet(sentenceCount: 3)
        set.insert(3)
        set.insert(-1)
        #expect(!set.contains(3) && !set.contains(-1) && !set.contains(99))
        #expect((0..<3).filter(set.contains).isEmpty)
        let empty = SentenceSet(sentenceCount: 0)
        #expect(!empty.contains(0))
    }
}

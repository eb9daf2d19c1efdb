import Foundation
@testable import CommuniqueKit
import Testing

/// The extractor searches and replaces on UTF-8 bytes; on every text here that must agree with Foundation.
@Suite struct ByteSearchTests {
    static let texts = [
        "", "-", "Co-operation", "no hyphen", "Zürich–Bern", "em — dash", "tab\there", "1,250", "12,000,000",
        "Head of the the Unit", "the the the the", " the the the ", "Minister of the the", "ünïcode the the ñ",
        // Longer than 32 bytes: searched by the C library.
        "A line of words longer than thirty-two bytes", "A line of words longer than thirty two bytes\tand a tab",
        "A line of words longer than thirty two bytes with none",
    ]

    @Test(arguments: texts + ["e\u{301}", "🇪🇪 flags", "\r\n", "Ω≈ç√∫"])
    func countsTheScalarsTheStandardLibraryCounts(text: String) {
        #expect(text.scalarCount == text.unicodeScalars.count)
        #expect(text[...].scalarCount == text.unicodeScalars.count)
        #expect(text.isASCII == text.unicodeScalars.allSatisfy(\.isASCII) && text.dropFirst().isASCII == text.dropFirst().unicodeScalars.allSatisfy(\.isASCII))
    }

    @Test(arguments: texts)
    func findsWhatFoundationFinds(text: String) {
        #expect(text.containsASCII("-") == text.contains("-"))
        #expect(text.containsASCII("\t") == text.contains("\t"))
        #expect(text[...].containsASCII("-") == text.contains("-"))
    }

    @Test(arguments: texts)
    func replacesWhatFoundationReplaces(text: String) {
        #expect(text.replacingEvery(" the the ", with: " the ") == text.replacingOccurrences(of: " the the ", with: " the "))
        #expect(text.replacingEvery(",", with: "") == text.replacingOccurrences(of: ",", with: ""))
        #expect(text.replacingEvery("", with: "x") == text)
    }

    @Test(arguments: texts + ["a, b, , c", ", ", "one,two,", "Vienna, Austria, 3 May", "col   umns", "  "])
    func cutsWhereFoundationCuts(text: String) {
        #expect(text.pieces(separatedBy: ", ") == text.components(separatedBy: ", "))
        #expect(text.pieces(separatedBy: ",") == text.components(separatedBy: ","))
        #expect(text.containsBytes(of: "   ") == text.contains("   "))
        #expect(text.containsBytes(of: "the the") == text.contains("the the"))
    }

    @Test func replacesLeftToRightWithoutOverlaps() {
        #expect("a the the the b".replacingEvery(" the the ", with: " the ") == "a the the b")
        #expect("aaaa".replacingEvery("aa", with: "b") == "bb")
        #expect("aaa".replacingEvery("aa", with: "b") == "ba")
    }
}

extension ByteSearchTests {
    @Test func byteSetHoldsWhatWasInserted() {
        var set = ByteSet()
        for byte: UInt8 in [0, 63, 64, 65, 127, 128, 200, 255] { set.insert(byte) }
        #expect([0, 63, 64, 65, 127, 128, 200, 255].allSatisfy { set.contains($0) })
        #expect(![1, 62, 66, 126, 129, 199, 254].contains { set.contains($0) })
    }
}

extension ByteSearchTests {
    @Test(arguments: ["", "/", "//", "a", "a/b", "http://example.org/id/person/jane-doe", "http://x/y/", "http://x/y//", "/lead", "ünï/cödé"])
    func lastSegmentIsWhatSplittingGives(iri: String) {
        #expect(IRIName(iri).lastSegment == (iri.split(separator: "/").last.map(String.init) ?? ""))
    }
}

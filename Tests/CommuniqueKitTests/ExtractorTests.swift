import CommuniqueKit
import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

/// Small texts written for the tests, in the language of press releases, with other people, places,
/// organizations and dates than the fixtures.
@Suite struct ExtractorTests {
    let extractor = InventedText.extractor

    func extract(_ body: String) -> Findings { InventedText.extract(body) }

    @Test func eventWithDurationOrganizerPartnerAndFunders() throws {
        let found = extract("""
            BISHKEK, 4 May 2016 – A three-day OSCE seminar on border security, organized by the OSCE Programme Office in Bishkek in co-operation with UNODC, opened today. More than 40 officials take part.
            The seminar was funded by Germany and Finland.
            """)
        let event = try #require(found.events.first)
        #expect(event.type == "seminar")
        #expect(event.start?.iso8601 == "2016-05-04")
        #expect(event.end?.iso8601 == "2016-05-06")
        #expect(event.place == "Bishkek")
        #expect(event.organizers.map(\.id) == ["osce-programme-office-bishkek"])
        #expect(event.partners.map(\.id) == ["unodc"])
        #expect(event.funders.map(\.id) == ["germany", "finland"])
        #expect(event.participantCount == 40)
    }

    @Test(arguments: [
        "",
        "NO DATELINE HERE. EVERYTHING IS IN CAPITALS, SAID JOHN SMITH OF THE MINISTRY.",
        String(repeating: "Ministers of the Interior met, said Anna Berg. ", count: 400),
        "VIENNA, 1 January 2020 – “This quote never closes, said Maria Lopez, the Head of Unit.",
        "\u{201C}\u{201D} \"\" ’s ’s , , . . - – —",
    ])
    func oddInputNeverCrashesAndStaysValidRDF(body: String) throws {
        let release = ReleaseFileReader().parse("Headline with \"quotes\" and \\ backslash\n" + body, fileName: "odd.txt")
        let builder = DocumentGraphBuilder(scheme: try IdentifierScheme(), extractor: extractor)
        let graph = builder.graph(for: [release])
        let text = try graph.serialized(as: .turtle, prefixes: builder.prefixes)
        let back = try Graph(parsing: text, syntax: .turtle)
        #expect(back.count == graph.count)
    }
}

import CommuniqueKit
import Foundation
import TestSupport
import Testing

@Suite struct PressReleaseReaderTests {
    let reader = ReleaseFileReader()

    @Test func scrapedPageSeparatesNavigationMetadataAndBody() {
        let text = """
            -
            Countries
            - Albania
            - Norway
            Press release
            Ministers meet on border security in regional forum
            - Date:
            - Place:
            - BISHKEK
            - Source:
            - OSCE Centre in Bishkek, OSCE Secretariat
            - Fields of work:
            - Border management, Policing
            BISHKEK, 3 March 2012 – A regional forum opened today.
            Second paragraph.
            """
        let release = reader.parse(text, fileName: "x.txt")
        #expect(release.shape == .scrapedPage)
        #expect(release.headline == "Ministers meet on border security in regional forum")
        #expect(release.datePublished?.iso8601 == "2012-03-03")
        #expect(release.place == "Bishkek")
        #expect(release.sources == ["OSCE Centre in Bishkek", "OSCE Secretariat"])
        #expect(release.fieldsOfWork == ["Border management", "Policing"])
        #expect(release.body.hasPrefix("BISHKEK, 3 March 2012"))
        #expect(!release.body.contains("Norway"))
        let scalars = Array(release.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[release.bodyOffset..<(release.bodyOffset + 7)])) == "BISHKEK")
    }

    @Test func bareArticleHasHeadlineThenDateline() {
        let text = "Experts discuss precursors\nNEW YORK, September 4, 2019 — Experts met today.\nMore."
        let release = reader.parse(text, fileName: "y.txt")
        #expect(release.shape == .bareArticle)
        #expect(release.headline == "Experts discuss precursors")
        #expect(release.datePublished?.iso8601 == "2019-09-04")
        #expect(release.place == "New York")
        #expect(release.sources.isEmpty)
    }

    @Test func aHeadlinePrintedAgainAfterALinkIsTheHeadline() {
        let text = "Back Riga Forum at 20: ministers adopt a plan\n\nRiga Forum at 20: ministers adopt a plan\n\nThe plan was adopted.\n"
        let release = reader.parse(text, fileName: "z.txt")
        #expect(release.headline == "Riga Forum at 20: ministers adopt a plan")
        #expect(release.body.trimmingCharacters(in: .whitespacesAndNewlines) == "The plan was adopted.")
    }

    @Test func metadataDateServesWhenThereIsNoDateline() {
        let text = "Press release\nA headline\n- Date:\n- 5 May 2015\n- Source:\n- OSCE\nThe body starts without a dateline."
        let release = reader.parse(text, fileName: "z.txt")
        #expect(release.datePublished?.iso8601 == "2015-05-05")
        #expect(release.place == nil)
    }

    @Test(arguments: [
        ("VIENNA, 28 June 2007 - text", "Vienna", "2007-06-28"),
        ("SKOPJE, 1 Dec 2020 – text", "Skopje", "2020-12-01"),
        ("DUSHANBE, Tajikistan, 29 February 2012 — text", "Dushanbe", "2012-02-29"),
        ("Astana, 2 October 2010 - text", "Astana", "2010-10-02"),
    ])
    func datelines(text: String, place: String, date: String) {
        let dateline = Dateline(parsing: text)
        #expect(dateline?.place == place)
        #expect(dateline?.date?.iso8601 == date)
    }

    @Test(arguments: [
        ("GENEVA, 3 May (Information Service) -- text", "Geneva"),
        ("LYON, France – text", "Lyon"),
    ])
    func datelinesWithoutAYear(text: String, place: String) throws {
        let dateline = try #require(Dateline(parsing: text))
        #expect(dateline.place == place)
        #expect(dateline.date == nil)
    }

    @Test(arguments: [
        ("RIGA, 5 March 2013 -The text", "2013-03-05"),
        ("Tartu, 22/May/2014 – text", "2014-05-22"),
        ("TARTU 22 May 2014", "2014-05-22"),
        ("KYIV, Ukraine, 14-16 June 2015 — text", "2015-06-14"),
    ])
    func datelinesOfOtherShapes(text: String, date: String) {
        #expect(Dateline(parsing: text)?.date?.iso8601 == date)
    }

    @Test func siteLinesBeforeTheHeadlineAreDroppedAndADateLineGivesTheYear() {
        let text = """
            Media centre

                4 June 2003

                Experts agree on new steps against heroin routes

                GENEVA, 4 June (Information Service) -- Experts from twelve countries met today.
            """
        let release = reader.parse(text, fileName: "a.txt")
        #expect(release.headline == "Experts agree on new steps against heroin routes")
        #expect(release.datePublished?.iso8601 == "2003-06-04")
        #expect(release.place == "Geneva")
        #expect(release.body.hasPrefix("    GENEVA") || release.body.hasPrefix("GENEVA"))
    }

    @Test func aDateLineAloneDatesAReleaseWithoutADateline() {
        let text = "Published: 12/03/2013\nCustoms officers from five countries train together\nThe course opened in the capital."
        let release = reader.parse(text, fileName: "b.txt")
        #expect(release.headline == "Customs officers from five countries train together")
        #expect(release.datePublished?.iso8601 == "2013-03-12")
        #expect(release.place == nil)
    }

    @Test func aHeadlineBrokenOverTwoLinesIsOneAndOneSentenceLong() {
        let broken = reader.parse("Newsroom\n22-23 Oct 2007\nPolice chiefs meet\non container control\nText.", fileName: "c.txt")
        #expect(broken.headline == "Police chiefs meet on container control")
        #expect(broken.datePublished?.iso8601 == "2007-10-22")
        let long = reader.parse("The tenth meeting of the council was held in Riga. The main topic was precursors.\nText.", fileName: "d.txt")
        #expect(long.headline == "The tenth meeting of the council was held in Riga")
    }

    @Test func noDateWrittenMeansNone() {
        let release = reader.parse("Officers train on container control in the port\nThe course opened today.", fileName: "e.txt")
        #expect(release.datePublished == nil)
    }

    @Test(arguments: ["No dateline here - at all", "VIENNA, 31 June 2007 - no such day", "", "-"])
    func notDatelines(text: String) {
        #expect(Dateline(parsing: text) == nil)
    }

    @Test func datesAddAcrossMonthsAndYears() {
        #expect(CalendarDate(year: 2008, month: 12, day: 31)?.adding(days: 1).iso8601 == "2009-01-01")
        #expect(CalendarDate(year: 2012, month: 2, day: 28)?.adding(days: 1).iso8601 == "2012-02-29")
        #expect(CalendarDate(year: 2011, month: 3, day: 1)?.adding(days: -1).iso8601 == "2011-02-28")
        #expect(CalendarDate(parsing: "Sept 9, 2014")?.iso8601 == "2014-09-09")
    }

    @Test func badFilesGiveErrorsThatNameThem() throws {
        let folder = try TestFiles.scratchFolder()
        let empty = folder.appendingPathComponent("empty.txt")
        try "  \n\n".write(to: empty, atomically: true, encoding: .utf8)
        let binary = folder.appendingPathComponent("binary.txt")
        try Data([0x41, 0x00, 0x42]).write(to: binary)
        let latin1 = folder.appendingPathComponent("latin1.txt")
        try Data("Line one\nCaf".utf8 + [0xE9] + Data("\n".utf8)).write(to: latin1)
        for (file, expected) in [
            (empty.path, "\(empty.path): empty file"),
            (binary.path, "\(binary.path): binary file"),
            (latin1.path, "\(latin1.path):2: not UTF-8 text"),
            (folder.appendingPathComponent("missing.txt").path, "missing.txt: no such file"),
            // A path that goes on through a file leads to nothing; a folder named as a file is no release.
            (empty.appendingPathComponent("x.txt").path, "x.txt: no such file"),
            (folder.path, "\(folder.path): cannot read: it is a folder"),
        ] {
            let error = #expect(throws: InputError.self) { try reader.read(fileAt: file) }
            #expect(error?.errorDescription?.contains(expected) == true, "\(error?.errorDescription ?? "no error")")
        }
    }

    @Test func aFileOverTheLimitIsRefusedAndOneAtItRead() throws {
        let folder = try TestFiles.scratchFolder()
        let file = folder.appendingPathComponent("long.txt")
        try "Headline\n\nBody text.\n".write(to: file, atomically: true, encoding: .utf8)  // 21 bytes
        let refused = #expect(throws: InputError.self) { try ReleaseFileReader(maxDocumentSize: 20).read(fileAt: file.path) }
        #expect(refused?.reason == .tooLarge(bytes: 21, limit: 20))
        #expect(try ReleaseFileReader(maxDocumentSize: 21).read(fileAt: file.path).body == "Body text.\n")
    }

    @Test func collectorListsTextFilesAndReportsEmptyFolders() throws {
        let folder = try TestFiles.scratchFolder()
        let emptyFolder = folder.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        try "x".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "x".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "x".write(to: folder.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let (files, errors) = InputCollector().collect([folder.path, emptyFolder.path, folder.appendingPathComponent("a.txt").path])
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["a.txt", "b.txt"])
        // Inside a folder a file is named by its path there; the nested one keeps its folder.
        #expect(files.map(\.name) == ["a.txt", "b.txt"])
        #expect(errors == [InputError(path: emptyFolder.path, reason: .emptyFolder)])
    }
}

import CommuniqueKit
import TestSupport
import Testing

/// The bundled fixtures, read as a user would: both shapes, headline, date and place right.
@Suite struct FixtureReadingTests {
    static let folder = TestFiles.packageRoot.appendingPathComponent("Fixtures/press-releases")

    // Expected values read off the fixture files by hand.
    @Test(arguments: [
        ("000_a2b1aa99ee0d7576.txt", PressRelease.Shape.scrapedPage, "2007-06-28", "International co-operation needed to battle security threat posed by illegal drugs, say participants in OSCE meeting", 1, 2),
        ("001_0fbe1983ebb9ab0c.txt", .scrapedPage, "2011-06-16", "Cross-border co-operation to prevent drug trafficking focus of OSCE-organized conference", 2, 2),
        ("002_d78ae3091e855bee.txt", .scrapedPage, "2010-07-08", "Fight against illicit drugs is a way to combat terrorism and organized crime, say participants in OSCE meeting", 2, 6),
        ("003_be3def8b6b4cc539.txt", .scrapedPage, "2014-10-27", "Promoting partnerships between law enforcement agencies, governments and private sector to combat illicit drugs in focus at OSCE conference", 2, 2),
        ("004_1fb3358ce909623b.txt", .bareArticle, "2008-07-17", "International co-operation to fight drug trafficking focus of OSCE experts meeting", 0, 0),
    ])
    func fixture(name: String, shape: PressRelease.Shape, date: String, headline: String, sources: Int, fields: Int) throws {
        let release = try ReleaseFileReader().read(fileAt: Self.folder.appendingPathComponent(name).path)
        #expect(release.fileName == name)
        #expect(release.shape == shape)
        #expect(release.headline == headline)
        #expect(release.datePublished?.iso8601 == date)
        #expect(release.place == "Vienna")
        #expect(release.sources.count == sources)
        #expect(release.fieldsOfWork.count == fields)
        #expect(release.body.hasPrefix("VIENNA, "))
        #expect(!release.body.contains("Participating States"))
    }
}

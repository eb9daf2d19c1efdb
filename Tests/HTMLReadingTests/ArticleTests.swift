import Foundation
import HTMLReading
import Testing

private let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/pages")

private func article(_ name: String) throws -> Article {
    try HTMLDocument(data: try Data(contentsOf: pages.appendingPathComponent(name))).article()
}

private func article(html: String) throws(HTMLError) -> Article {
    try HTMLDocument(data: Data(html.utf8)).article()
}

/// The article of a page as libxml2 parses it: headline, date and paragraphs, without the page's furniture.
@Suite struct ArticleTests {
    @Test func anAgencyPageGivesItsArticleWithoutMenusHeaderAsideOrFooter() throws {
        let found = try article("agency-article.html")
        #expect(found.headline == "Customs officers from three Baltic states train in port security")
        // The article's <time>, before the page's publication meta.
        #expect(found.published == "2019-05-02")
        #expect(found.paragraphs.count == 4)
        #expect(found.paragraphs[0] == "Press release · 2 May 2019")
        #expect(found.paragraphs[1].hasPrefix("The OSCE Transnational Threats Department and the United Nations Office"))
        #expect(found.paragraphs[1].hasSuffix("in Riga on 2 May 2019."))
        #expect(found.paragraphs[3] == "The course is funded by Norway.")
        let all = found.text
        for furniture in ["Albania", "Kyrgyzstan", "Search", "Newsroom", "Moldova", "Austria", "analytics", "list-style"] {
            #expect(!all.contains(furniture), "\(furniture) leaked from the page's furniture")
        }
    }

    @Test func aNewsPageWithTheDatelineInItsFirstParagraph() throws {
        let found = try article("news-centre-dateline.html")
        #expect(found.headline == "Regional meeting on synthetic drugs closes in Almaty")
        #expect(found.published == nil)
        #expect(found.paragraphs.first?.hasPrefix("ALMATY, 14 November 2018 – Experts from Kazakhstan") == true)
        #expect(found.paragraphs.count == 2)
        #expect(!found.text.contains("Africa") && !found.text.contains("Privacy"))
    }

    @Test func malformedMarkupIsRecovered() throws {
        let found = try article("malformed.html")
        #expect(found.headline.hasPrefix("Prosecutors from Armenia and Georgia meet in Tbilisi"))
        #expect(found.paragraphs.contains { $0.hasPrefix("TBILISI, 9 March 2020 – Prosecutors") })
        #expect(found.paragraphs.contains("The workshop ended today."))
    }

    @Test func aWindows1252PageIsDecodedFromItsMetaCharset() throws {
        let found = try article("windows-1252.html")
        #expect(found.paragraphs.first?.hasPrefix("CHISINAU, 21 September 2017 – Border guards") == true)
        #expect(found.paragraphs.first?.contains("René Dupré") == true)
        #expect(!found.text.contains("Français"))
    }

    @Test func theTitleGivesTheHeadlineWhenThereIsNoH1WithoutTheSiteName() throws {
        let found = try article(html: "<html><head><title>Ministers meet in Oslo | The Agency</title><meta name=\"DC.date\" content=\"2020-05-01\"></head><body><p>OSLO, 1 May 2020 – They met.</p></body></html>")
        #expect(found.headline == "Ministers meet in Oslo")
        // No <time>: the publication meta of the page's head.
        #expect(found.published == "2020-05-01")
        #expect(found.paragraphs == ["OSLO, 1 May 2020 – They met."])
    }

    @Test func badPagesSayWhy() {
        #expect(throws: HTMLError(.notHTML)) { try article(html: "Just a line of text.\nAnd another.\n") }
        let menuOnly = #expect(throws: HTMLError.self) { try article(html: "<html><body><nav><a href='/'>Home</a></nav></body></html>") }
        #expect(menuOnly?.reason == .noArticle)
        let bogus = #expect(throws: HTMLError.self) {
            try article(html: "<html><head><meta charset=\"x-no-such-charset\"></head><body><h1>A</h1><p>B</p></body></html>")
        }
        #expect(bogus?.reason == .undecodable)
        #expect(bogus?.code != nil)
    }
}

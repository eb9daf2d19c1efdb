import Foundation
import HTMLReading

/// Press releases kept as the HTML pages they were published as.
extension ReleaseFileReader {
    /// The extensions of pages: read as HTML, in a folder as well as named.
    public static let pageExtensions: Set<String> = ["html", "htm"]

    /// Whether a file name is a page's.
    public static func isPage(_ name: String) -> Bool {
        pageExtensions.contains(InputCollector.fileExtension(of: name).lowercased())
    }

    /// Reads the article of a page (libxml2 decodes it from the encoding it declares), as a release whose
    /// text is the article's: its headline, then its paragraphs. The date is the dateline's, else the page's
    /// `<time>` or publication meta. Offsets count in that text, which is the document's `nif:isString`.
    func readPage(_ data: Data, input: InputFile) throws(InputError) -> PressRelease {
        if data.contains(0) { throw InputError(path: input.path, reason: .binary) }
        let article: Article
        do {
            article = try HTMLDocument(data: data).article()
        } catch {
            throw InputError(path: input.path, reason: ReleaseFileReader.reason(for: error))
        }
        var release = parse(article.text, fileName: input.name)
        if release.datePublished == nil, let published = article.published { release.datePublished = CalendarDate(parsing: published) }
        release.encodingFormat = "text/html"
        return release
    }

    static func reason(for error: HTMLError) -> InputError.Reason {
        switch error.reason {
        case .notHTML: .notHTML
        case .undecodable: .undecodablePage(error.message ?? "unknown encoding")
        case .unparsable: .unreadable("libxml2 could not parse the page" + (error.message.map { ": " + $0 } ?? ""))
        case .noArticle: .noArticle(error.message ?? "no article")
        }
    }
}

/// One press release as read from a text file: its metadata and its body, without site navigation.
public struct PressRelease: Hashable, Sendable {
    /// The two shapes of input seen in practice.
    public enum Shape: String, Hashable, Sendable {
        /// A page scraped from a web site: navigation menu, "Press release", headline, `- Key:` metadata, body.
        case scrapedPage
        /// A bare article: headline, dateline, body.
        case bareArticle
    }

    /// The file's base name (`000_a2b1aa99ee0d7576.txt`), which identifies the document.
    public var fileName: String
    public var shape: Shape
    public var headline: String
    /// The publication date: from the dateline, else from the `Date:` metadata.
    public var datePublished: CalendarDate?
    /// The dateline place, in title case ("Vienna" for "VIENNA").
    public var place: String?
    /// The `Source:` metadata: the bodies that issued the release.
    public var sources: [String]
    /// The `Fields of work:` metadata.
    public var fieldsOfWork: [String]
    /// The article text after the metadata, dateline included.
    public var body: String
    /// Where the body starts in the whole text, in Unicode scalars.
    public var bodyOffset: Int
    /// The whole text as read (line ends normalized to `\n`).
    public var text: String
    /// Where, in scalars of `text`, a scalar of the file was dropped (a byte-order mark, the CR of a CRLF):
    /// to give offsets in scalars of the file.
    public var removedScalars: [Int] = []
    /// The file's text as decoded, before line ends were normalized (a byte-order mark and CRs kept): the
    /// string that offsets count in, the `nif:isString` of the document. Nil when it is `text` itself.
    public var fileText: String? = nil
    /// The media type of the file read: `text/plain`, or `text/html` for a page.
    public var encodingFormat = "text/plain"

    /// The string that the file offsets of findings count in.
    public var offsetText: String { fileText ?? text }

    public init(
        fileName: String, shape: Shape, headline: String, datePublished: CalendarDate?, place: String?,
        sources: [String], fieldsOfWork: [String], body: String, bodyOffset: Int, text: String
    ) {
        self.fileName = fileName
        self.shape = shape
        self.headline = headline
        self.datePublished = datePublished
        self.place = place
        self.sources = sources
        self.fieldsOfWork = fieldsOfWork
        self.body = body
        self.bodyOffset = bodyOffset
        self.text = text
    }

    /// The offsets in Unicode scalars of the file of a stretch given in scalars of `text`.
    public func fileRange(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        guard !removedScalars.isEmpty else { return (start, end) }
        func shift(_ offset: Int) -> Int {
            // The dropped scalars at or before the offset, found by binary search (they are in order).
            var low = 0, high = removedScalars.count
            while low < high {
                let middle = (low + high) / 2
                if removedScalars[middle] <= offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let fileStart = start + shift(start)
        let fileEnd = end > start ? (end - 1) + shift(end - 1) + 1 : fileStart
        return (fileStart, fileEnd)
    }
}

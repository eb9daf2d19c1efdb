/// The article of a published page: what a reader of the page would read, without its menus.
public struct Article: Sendable, Equatable {
    /// From the page's `<h1>` (the article's first, else the page's), else its `<title>`.
    public var headline: String
    /// The date the page says it was published: a `<time datetime>` of the article, else the
    /// `article:published_time` (or `date`, `DC.date`) meta; `yyyy-mm-dd`, nil where the page gives none.
    public var published: String?
    /// The paragraphs of the article's text, in order, the headline not among them.
    public var paragraphs: [String]

    public init(headline: String, published: String?, paragraphs: [String]) {
        self.headline = headline
        self.published = published
        self.paragraphs = paragraphs
    }

    /// The article as a text release: the headline, a blank line, then the paragraphs a blank line apart.
    public var text: String {
        ([headline] + paragraphs).joined(separator: "\n\n") + "\n"
    }
}

import CLibXML2

/// Finding the article in a parsed page.
extension HTMLDocument {
    /// The article: its headline, date and paragraphs, with navigation, menus, scripts, styles, forms and
    /// footers left out.
    public func article() throws(HTMLError) -> Article {
        guard let root = xmlDocGetRootElement(pointer) else { throw HTMLError(.noArticle, message: "the page is empty") }
        let container = HTMLDocument.articleContainer(in: root)
        let heading = HTMLDocument.first(in: container, where: { $0.name == "h1" }) ?? HTMLDocument.first(in: root, where: { $0.name == "h1" })
        var headline = heading.map { HTMLDocument.paragraphs(of: $0).joined(separator: " ") } ?? ""
        if headline.isEmpty, let title = HTMLDocument.first(in: root, includingFurniture: true, where: { $0.name == "title" }) {
            headline = HTMLDocument.siteNameCut(HTMLDocument.paragraphs(of: title).joined(separator: " "))
        }
        let paragraphs = HTMLDocument.paragraphs(of: container, skipping: heading)
        guard !headline.isEmpty else { throw HTMLError(.noArticle, message: "no <h1> or <title> gives a headline") }
        guard !paragraphs.isEmpty else { throw HTMLError(.noArticle, message: "no text in the page's article") }
        return Article(headline: headline, published: HTMLDocument.published(in: root, container: container), paragraphs: paragraphs)
    }

    /// The element that holds the article: the first `<article>`, else `<main>`, else the element whose role
    /// is `main`, else one whose id or class says it is the content, else `<body>`.
    static func articleContainer(in root: xmlNodePtr) -> xmlNodePtr {
        let tests: [(xmlNodePtr) -> Bool] = [
            { $0.name == "article" }, { $0.name == "main" }, { $0.attribute("role") == "main" },
            { node in ["content", "main-content", "article", "story", "press-release"].contains { node.identifiers.contains($0) } },
            { $0.name == "body" },
        ]
        for test in tests { if let found = first(in: root, where: test) { return found } }
        return root
    }

    /// The first element under `node` (itself included) that passes the test, depth first, outside the
    /// parts that are never the article unless `includingFurniture` (the `<head>` holds the title and metas).
    static func first(in node: xmlNodePtr, includingFurniture: Bool = false, where test: (xmlNodePtr) -> Bool) -> xmlNodePtr? {
        guard node.pointee.type == XML_ELEMENT_NODE, includingFurniture || !node.isBoilerplate else { return nil }
        if test(node) { return node }
        var child = node.pointee.children
        while let current = child {
            if let found = first(in: current, includingFurniture: includingFurniture, where: test) { return found }
            child = current.pointee.next
        }
        return nil
    }

    /// The text under `node` as paragraphs: a block element ends one; whitespace is collapsed.
    static func paragraphs(of node: xmlNodePtr, skipping skipped: xmlNodePtr? = nil) -> [String] {
        var out: [String] = []
        var current = ""
        func close() {
            let text = current.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !text.isEmpty { out.append(text) }
            current = ""
        }
        func walk(_ node: xmlNodePtr) {
            if node == skipped { return }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { current += String(cString: content) }
            case XML_ELEMENT_NODE:
                guard !node.isBoilerplate else { return }
                let block = blockElements.contains(node.name)
                if block { close() }
                if node.name == "br" { close() }
                var child = node.pointee.children
                while let next = child {
                    walk(next)
                    child = next.pointee.next
                }
                if block { close() }
            default:
                return
            }
        }
        walk(node)
        close()
        return out
    }

    /// The publication date, `yyyy-mm-dd`: a `<time datetime>` of the article, else a meta of the page.
    static func published(in root: xmlNodePtr, container: xmlNodePtr) -> String? {
        let metaNames: Set<String> = ["article:published_time", "date", "dc.date", "dcterms.date", "pubdate", "publish-date"]
        let candidates = [
            first(in: container, where: { $0.name == "time" && $0.attribute("datetime") != nil })?.attribute("datetime"),
            first(in: root, includingFurniture: true, where: { $0.name == "meta" && metaNames.contains(($0.attribute("property") ?? $0.attribute("name") ?? "").lowercased()) })?
                .attribute("content"),
        ]
        return candidates.compactMap { $0 }.compactMap(isoDate).first
    }

    /// The `yyyy-mm-dd` a date-time attribute starts with.
    static func isoDate(_ text: String) -> String? {
        let head = Array(text.trimmingCharacters(in: .whitespaces).prefix(10))
        guard head.count == 10, head[4] == "-", head[7] == "-",
              head.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || $0.element.isNumber }) else { return nil }
        return String(head)
    }

    /// "Experts meet in Riga | The Agency" → "Experts meet in Riga".
    static func siteNameCut(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - "] {
            if let range = title.range(of: separator, options: .backwards) { return String(title[..<range.lowerBound]) }
        }
        return title
    }

    /// Elements that end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "table", "tr", "dl", "dt", "dd", "figure", "figcaption", "pre", "address", "hr", "body",
    ]
}

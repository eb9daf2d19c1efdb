/// The top of a bare article as sites publish it: lines of the site before the headline (section names,
/// a date line), the headline, and the release's date and place from a dateline or a date line near the top.
///
/// - The headline is the first line before the dateline of at least four words that is no date line, no
///   layout (a run of three spaces or a tab: columns) and no image, else the last line before the dateline;
///   a next line that goes on in lower case belongs to it, a next line that it ends with is the headline
///   printed again after a link ("Back"), and a headline of several sentences keeps the first.
/// - The date is the dateline's; else a date line's (a date alone, maybe with a weekday, a time or a word
///   or two such as "Published:"); a dateline without a year takes the year of a date line. No date found
///   means none.
struct FrontMatter {
    /// The headline, and the index of the line after it (where the body starts).
    let headline: String
    let bodyLine: Int
    let date: CalendarDate?
    let place: String?

    /// How far down the page the dateline and date lines are looked for, in non-empty lines.
    static let reach = 12

    init(lines: [Substring]) {
        // Lazily: only the top of the page is read, never every line of a long release.
        let filled = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(FrontMatter.reach))
        var headlineIndex: Int? = nil
        var dateLine: CalendarDate? = nil
        var dateline: Dateline? = nil
        var datelineIndex: Int? = nil
        /// The last line before the dateline that is no date line: the headline when no line qualifies.
        var lastBeforeDateline: Int? = nil
        for index in filled {
            let line = lines[index].trimmingSpaces()
            if dateline == nil, let found = Dateline(parsing: line) {
                dateline = found
                datelineIndex = index
                if found.date != nil, found.place == Dateline.titleCased(found.place), FrontMatter.isDateLine(line) {
                    // "CHISINAU 11 February 2005" alone: a date line with its place.
                    dateLine = dateLine ?? found.date
                }
                continue
            }
            if let date = FrontMatter.dateOfDateLine(line) {
                dateLine = dateLine ?? date
                continue
            }
            guard datelineIndex == nil else { continue }
            lastBeforeDateline = index
            if headlineIndex == nil, FrontMatter.isHeadline(line + FrontMatter.continuation(after: index, in: lines)) { headlineIndex = index }
        }
        headlineIndex = headlineIndex ?? (datelineIndex != nil ? lastBeforeDateline : nil)
        var headline = ""
        var next = headlineIndex.map { $0 + 1 } ?? (filled.first.map { $0 + 1 } ?? 0)
        if let headlineIndex {
            headline = lines[headlineIndex].trimmingSpaces()
            // "Back Xland Forum: …" over "Xland Forum: …": a page's link before the headline printed again.
            if let again = (headlineIndex + 1..<lines.count).first(where: { !lines[$0].isBlank }) {
                let repeated = lines[again].trimmingSpaces()
                if repeated.prefix(20).count == 20, headline.hasSuffix(" " + repeated) {
                    headline = repeated
                    next = again + 1
                }
            }
            let continuation = FrontMatter.continuation(after: headlineIndex, in: lines)
            if !continuation.isEmpty, !headline.hasSuffix("."), !headline.hasSuffix(":") {
                headline += continuation
                next = (next..<lines.count).first { !lines[$0].isBlank }.map { $0 + 1 } ?? next
            }
            headline = FrontMatter.firstSentence(of: headline)
        } else if let first = filled.first {
            headline = lines[first].trimmingSpaces()
        }
        self.headline = headline
        bodyLine = next
        date = dateline?.date ?? dateline?.date(inYearOf: dateLine) ?? dateLine
        place = dateline?.place
    }

    /// The next non-empty line after `index`, with a space before it, when it goes on in lower case (a
    /// headline broken over two lines); else "".
    static func continuation(after index: Int, in lines: [Substring]) -> String {
        guard let next = (index + 1..<lines.count).first(where: { !lines[$0].isBlank }) else { return "" }
        let line = lines[next].trimmingSpaces()
        return line.first?.isLowercase == true ? " " + line : ""
    }

    /// A line that is a date and little else: "28 November 2014", "Wednesday, December 12, 2007 10:22 AM",
    /// "15 December 2010 - Media release", "Published: 12/03/2013".
    static func dateOfDateLine(_ line: String) -> CalendarDate? {
        guard isDateLine(line) else { return nil }
        return DateExpression.first(in: DateExpression.words(of: line))?.expression.date
    }

    static func isDateLine(_ line: String) -> Bool {
        // A paragraph is no date line: told before its words are split (and its characters counted to 61 at most).
        guard line.utf8.count <= 240, line.utf8.count <= 60 || line.prefix(61).count <= 60 else { return false }
        let words = DateExpression.words(of: line)
        guard let (found, _) = DateExpression.first(in: words), found.date != nil else { return false }
        let rest = words.count - found.wordCount
        return rest <= 3
    }

    static func isHeadline(_ line: String) -> Bool {
        guard FrontMatter.hasFourWords(line), !line.hasPrefix("!["), !line.containsASCII("\t"), !line.containsBytes(of: "   ") else { return false }
        return true
    }

    /// Whether the line has four words or more between its spaces: its characters are read only until the
    /// fourth word starts.
    static func hasFourWords(_ line: String) -> Bool {
        var words = 0, inWord = false
        for character in line {
            if character == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words == 4 { return true }
            }
        }
        return false
    }

    /// The first sentence of a long headline: one that ends with a full stop after a word of three or more
    /// letters, followed by a capital.
    static func firstSentence(of text: String) -> String {
        // A full stop before a space is the bytes ". ": a headline without them is one sentence.
        guard text.containsBytes(of: ". ") else { return text }
        let scalars = Array(text)
        var i = 0
        while i + 2 < scalars.count {
            if scalars[i] == ".", scalars[i + 1] == " ", scalars[i + 2].isUppercase {
                let word = String(scalars[..<i]).split(separator: " ").last ?? ""
                if word.count >= 3, word.allSatisfy(\.isLetter), word.contains(where: \.isLowercase) {
                    return String(scalars[..<i])
                }
            }
            i += 1
        }
        return text
    }
}

import Foundation

/// The dateline that opens a news article: `VIENNA, 17 July 2008 – …`, `Dushanbe, Tajikistan, 3 May 2015 —`,
/// `GENEVA, 3 May (Information Service) --` (no year: the page gives it elsewhere), `LYON, France –` (a place
/// alone), `CHISINAU 11 February 2005` (a line of its own).
public struct Dateline: Hashable, Sendable {
    /// The place, in title case.
    public let place: String
    /// The date, when the dateline gives a year.
    public let date: CalendarDate?
    /// The day and month of a dateline without a year.
    let dayAndMonth: DateExpression?

    /// Reads the dateline at the start of a line, if there is one.
    ///
    /// The place is the text before the first comma (or a capitalized place alone before the date); a date
    /// follows among the comma-separated parts, up to a dash (a hyphen, en or em dash, "--") or the line's
    /// end. A place with no date counts only in capitals with a dash after ("LYON, France –").
    public init?(parsing text: String) {
        let line = Dateline.firstLine(of: text)
        let head = Dateline.head(of: line)
        // Without a digit there is no date, and without a date only a dash makes a dateline.
        guard head.dashed || DateExpression.mayHold(head.text) else { return nil }
        let parts = head.text.pieces(separatedBy: ",").map { $0.trimmingSpaces() }
        guard let first = parts.first, first.first?.isUppercase == true else { return nil }
        var place = first
        var expression: DateExpression? = nil
        if parts.count >= 2 {
            for part in parts.dropFirst() {
                // The part before a parenthesis: the part itself where no byte is one.
                let words = DateExpression.mayHold(part)
                    ? DateExpression.words(of: part.containsASCII("(") ? String(part.prefix { $0 != "(" }) : part) : []
                if let (found, at) = DateExpression.first(in: words), at == 0, found.wordCount == words.count {
                    expression = found
                    break
                }
                // "July 17, 2008" is split by the comma: try the part with the next one.
                if let index = parts.firstIndex(of: part), index + 1 < parts.count,
                   DateExpression.mayHold(part) || DateExpression.mayHold(parts[index + 1]) {
                    let joined = DateExpression.words(of: part + " " + parts[index + 1])
                    if let (found, at) = DateExpression.first(in: joined), at == 0, found.year != nil, found.wordCount == joined.count {
                        expression = found
                        break
                    }
                }
            }
        } else {
            // "CHISINAU 11 February 2005": capitals, then a whole date to the end of the line.
            let words = DateExpression.words(of: first)
            guard let (found, at) = DateExpression.first(in: words), at >= 1, at + found.wordCount == words.count, found.year != nil
            else { return nil }
            place = words[..<at].joined(separator: " ")
            guard place == place.uppercased() else { return nil }
            expression = found
        }
        guard place.count <= 40, !place.contains(where: { $0.isNumber }) else { return nil }
        if expression == nil {
            guard head.dashed, parts.count == 2, place == place.uppercased(), place.count >= 3,
                  parts[1].first?.isUppercase == true, parts[1].split(separator: " ").count <= 3 else { return nil }
        }
        if let expression, expression.year != nil, expression.date == nil { return nil }
        guard expression != nil || head.dashed else { return nil }
        self.place = Dateline.titleCased(place)
        self.date = expression?.date
        self.dayAndMonth = expression?.year == nil ? expression : nil
    }

    /// The text up to the first line feed, and at most 200 characters of it. Without a CR (which would join
    /// a line feed into one character) the line feed is found in the bytes, and a line of at most 200 bytes
    /// has at most 200 characters.
    static func firstLine(of text: String) -> String {
        guard !text.containsASCII("\r") else { return String(text.prefix { $0 != "\n" }.prefix(200)) }
        var text = text
        return text.withUTF8 { bytes in
            let end = bytes.firstIndex(of: 10) ?? bytes.count
            let line = UnsafeBufferPointer(rebasing: bytes[..<end])
            if line.count <= 200 { return String(decoding: line, as: UTF8.self) }
            // 200 bytes of ASCII are 200 characters (no CR is there to pair with a line feed).
            let head = UnsafeBufferPointer(rebasing: line[..<200])
            if !head.contains(where: { $0 >= 0x80 }) { return String(decoding: head, as: UTF8.self) }
            return String(String(decoding: line, as: UTF8.self).prefix(200))
        }
    }

    /// The text before the dateline's dash, and whether there is one.
    private static func head(of line: String) -> (text: String, dashed: Bool) {
        guard let end = Dateline.dashOffset(in: line) else { return (line, false) }
        return (String(line[..<line.utf8.index(line.utf8.startIndex, offsetBy: end)]), true)
    }

    /// The dashes of a dateline, in the order they are looked for: spaced dashes first, then a dash with no
    /// space after ("VIENNA, 17 July 2008 –Text"). Each starts with a space.
    private static let dashes = [" -- ", " – ", " — ", " - ", " ? ", " –", " —", " -"].map { Array($0.utf8) }

    /// The UTF-8 offset of the first occurrence in the line of the first dash of `dashes` that occurs in it.
    /// One pass over the line's spaces (found by the C library) notes where each dash first occurs; a space
    /// starts a character, so the offset does too.
    static func dashOffset(in line: String) -> Int? {
        var line = line
        return line.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return nil }
            var first = [Int?](repeating: nil, count: dashes.count)
            var start = 0
            while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: " ")), bytes.count - start) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                // Most spaces come before a letter, which starts no dash.
                let next = at + 1 < bytes.count ? bytes[at + 1] : 0
                for (n, dash) in dashes.enumerated() where dash[1] == next && first[n] == nil && at + dash.count <= bytes.count {
                    if (1..<dash.count).allSatisfy({ bytes[at + $0] == dash[$0] }) { first[n] = at }
                }
                // The first dash looked for is found: no later space can give an earlier answer.
                if first[0] != nil { break }
                start = at + 1
            }
            return first.lazy.compactMap { $0 }.first
        }
    }

    /// The date of a dateline without a year, in the year given by another date of the page.
    func date(inYearOf other: CalendarDate?) -> CalendarDate? {
        guard let dayAndMonth, let year = other?.year else { return nil }
        return CalendarDate(year: year, month: dayAndMonth.month, day: dayAndMonth.day)
    }

    /// "VIENNA" → "Vienna", "NEW YORK" → "New York"; text already in mixed case is kept.
    public static func titleCased(_ text: String) -> String {
        guard text == text.uppercased() else { return text }
        return text.lowercased().split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(separator: "-")
        }.joined(separator: " ")
    }
}

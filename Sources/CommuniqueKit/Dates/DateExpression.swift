/// A date written in a line of a page, in the shapes press releases and their sites use: "17 July 2008",
/// "July 17, 2008", "17 Jul 2008", "22-23 Oct 2007" (a range: its first day), "22/May/2014", "12/03/2013"
/// (day first, unless the first number cannot be a month's day… or the second cannot be a month),
/// "2008-07-17", and a day and month with no year ("12 October").
struct DateExpression: Hashable, Sendable {
    let day: Int
    let month: Int
    let year: Int?
    /// How many words of the line the expression takes.
    let wordCount: Int

    /// The date, when the expression has a year and the day exists.
    var date: CalendarDate? { year.flatMap { CalendarDate(year: $0, month: month, day: day) } }

    /// The first date expression in the words of a line, with where it starts.
    static func first(in words: [String]) -> (expression: DateExpression, at: Int)? {
        for i in words.indices {
            if let found = read(words, at: i) { return (found, i) }
        }
        return nil
    }

    /// Whether a text may hold a date expression: every shape has a word that starts with an ASCII digit,
    /// and the words are pieces of the text, so a text without such a digit holds none.
    static func mayHold(_ text: String) -> Bool {
        // Read from the contiguous bytes where the text has them (a native String always does).
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isDigit) } ?? text.utf8.contains(where: isDigit)
    }

    /// Splits a line into words at spaces and commas, keeping "/" and "-" inside words.
    static func words(of line: String) -> [String] {
        if let words = scalarWords(of: line) { return words }
        return line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" || $0 == "\t" }).map(String.init)
    }

    /// The words of a line cut at its separator scalars, when every scalar is one that never joins a
    /// neighbour into a character (ASCII, Latin letters and signs to U+02FF, the general punctuation of
    /// U+2010–2027 and U+2030–205E: no combining mark, joiner or prepended sign), so that each separator is a
    /// character of its own and the words are those cut at characters; nil for any other line.
    private static func scalarWords(of line: String) -> [String]? {
        var line = line
        return line.withUTF8 { bytes -> [String]? in
            var words: [String] = [], start = 0, i = 0
            func cut(_ end: Int, _ next: Int) {
                if start < end { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = next
            }
            while i < bytes.count {
                let lead = bytes[i]
                if lead < 0x80 {
                    if lead == 0x20 || lead == 0x2C || lead == 0x09 { cut(i, i + 1) }
                    i += 1
                } else if lead < 0xE0, i + 1 < bytes.count {
                    let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    guard value < 0x300 else { return nil }
                    if value == 0xA0 { cut(i, i + 2) }
                    i += 2
                } else if lead < 0xF0, i + 2 < bytes.count {
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    guard (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) else { return nil }
                    i += 3
                } else {
                    return nil
                }
            }
            cut(bytes.count, bytes.count)
            return words
        }
    }

    private static func year(_ word: String?) -> Int? {
        guard let word, word.count == 4, let y = Int(word.trimmingSuffix(".")), (1900...2100).contains(y) else { return nil }
        return y
    }

    /// "22" or the first day of "22-23".
    private static func day(_ word: String) -> Int? {
        let first = word.split(separator: "-", maxSplits: 1).first.map(String.init) ?? word
        guard let d = Int(first.trimmingSuffix(".")), (1...31).contains(d) else { return nil }
        return d
    }

    private static func read(_ words: [String], at i: Int) -> DateExpression? {
        let word = words[i]
        // Every shape but "July 17, 2008" starts with a digit: most words are no date, and are told so at once.
        guard let lead = word.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead) else {
            return readMonthFirst(words, at: i)
        }
        if let slashed = readSlashed(word) { return slashed }
        if word.utf8.count == 10, word.split(separator: "-").count == 3 {
            let parts = word.split(separator: "-").compactMap { Int($0) }
            if parts.count == 3, (1900...2100).contains(parts[0]), CalendarDate(year: parts[0], month: parts[1], day: parts[2]) != nil {
                return DateExpression(day: parts[2], month: parts[1], year: parts[0], wordCount: 1)
            }
        }
        // 17 July 2008, 22-23 Oct 2007, 12 October
        if let d = day(word), i + 1 < words.count, let m = CalendarDate.month(named: words[i + 1]) {
            let y = year(i + 2 < words.count ? words[i + 2] : nil)
            return DateExpression(day: d, month: m, year: y, wordCount: y == nil ? 2 : 3)
        }
        return nil
    }

    /// "July 17, 2008".
    private static func readMonthFirst(_ words: [String], at i: Int) -> DateExpression? {
        guard i + 1 < words.count, let lead = words[i + 1].utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead),
              let m = CalendarDate.month(named: words[i]), let d = day(words[i + 1]),
              let y = year(i + 2 < words.count ? words[i + 2] : nil) else { return nil }
        return DateExpression(day: d, month: m, year: y, wordCount: 3)
    }

    /// "22/May/2014", "12/03/2013", "12.03.2013".
    private static func readSlashed(_ word: String) -> DateExpression? {
        for separator: Character in ["/", "."] {
            let parts = word.split(separator: separator).map(String.init)
            guard parts.count == 3, let y = year(parts[2]), let first = Int(parts[0]) else { continue }
            if let m = CalendarDate.month(named: parts[1]), (1...31).contains(first) {
                return DateExpression(day: first, month: m, year: y, wordCount: 1)
            }
            guard let second = Int(parts[1]) else { continue }
            let (d, m) = second > 12 && first <= 12 ? (second, first) : (first, second)
            guard CalendarDate(year: y, month: m, day: d) != nil else { continue }
            return DateExpression(day: d, month: m, year: y, wordCount: 1)
        }
        return nil
    }
}

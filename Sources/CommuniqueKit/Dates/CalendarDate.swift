/// A day of the Gregorian calendar, without time or zone, as press releases give dates.
///
/// ```swift
/// CalendarDate(parsing: "17 July 2008")?.iso8601          // "2008-07-17"
/// CalendarDate(parsing: "July 17, 2008")?.adding(days: 1)  // 2008-07-18
/// ```
public struct CalendarDate: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date if the day exists.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads "17 July 2008", "17 Jul 2008", "July 17, 2008" or "2008-07-17".
    public init?(parsing text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" }).map(String.init)
        if words.count == 1 {
            let parts = words[0].split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, words[0].utf8.count == 10 else { return nil }
            self.init(year: parts[0], month: parts[1], day: parts[2])
            return
        }
        guard words.count == 3, let year = Int(words[2]), (1000...9999).contains(year) else { return nil }
        if let day = Int(words[0]), let month = CalendarDate.month(named: words[1]) {
            self.init(year: year, month: month, day: day)
        } else if let month = CalendarDate.month(named: words[0]), let day = Int(words[1]) {
            self.init(year: year, month: month, day: day)
        } else {
            return nil
        }
    }

    /// The date as `YYYY-MM-DD`, the lexical form of `xsd:date`.
    public var iso8601: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The date a number of days later (or earlier, for a negative number).
    public func adding(days: Int) -> CalendarDate {
        var (y, m, d) = (year, month, day + days)
        while d > CalendarDate.days(inMonth: m, year: y) {
            d -= CalendarDate.days(inMonth: m, year: y)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        while d < 1 {
            m -= 1
            if m < 1 { m = 12; y -= 1 }
            d += CalendarDate.days(inMonth: m, year: y)
        }
        return CalendarDate(year: y, month: m, day: d)!
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The English month names, in order.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The month number (1–12) of an English month name or its three-letter abbreviation.
    public static func month(named name: String) -> Int? {
        monthsByName[name.lowercased().trimmingSuffix(".")]
    }

    /// Every form `month(named:)` takes, lower case: the full name, its first three letters, "sept".
    private static let monthsByName: [String: Int] = {
        var forms: [String: Int] = ["sept": 9]
        for (index, full) in monthNames.enumerated() {
            forms[full.lowercased()] = index + 1
            forms[String(full.lowercased().prefix(3))] = index + 1
        }
        return forms
    }()

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}

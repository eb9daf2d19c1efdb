/// The dateline that opens a news article: `VIENNA, 17 July 2008 – …`.
public struct Dateline: Hashable, Sendable {
    /// The place, in title case.
    public let place: String
    public let date: CalendarDate
    /// How many Unicode scalars of the text the dateline takes, dash and space included.
    public let length: Int

    /// Reads the dateline at the start of a text, if there is one.
    ///
    /// Accepts `PLACE, 17 July 2008 –`, `PLACE, July 17, 2008 -`, and a region after the place
    /// (`BISHKEK, Kyrgyzstan, 3 May 2012 —`); the dash may be a hyphen, an en or an em dash.
    public init?(parsing text: String) {
        let firstLine = text.prefix { $0 != "\n" }.prefix(160)
        let scalars = Array(firstLine.unicodeScalars)
        var dash: Int? = nil
        for i in 1..<max(1, scalars.count - 1) where scalars[i - 1] == " " && "-–—".unicodeScalars.contains(scalars[i]) {
            dash = i
            break
        }
        guard let dash else { return nil }
        var head = String(String.UnicodeScalarView(scalars[..<(dash - 1)]))
        head = head.trimmingCharacters(in: .whitespaces)
        let parts = head.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2 else { return nil }
        var found: (CalendarDate, Int)? = nil
        if let date = CalendarDate(parsing: parts[parts.count - 1]) {
            found = (date, parts.count - 1)
        } else if parts.count >= 3, let date = CalendarDate(parsing: parts[parts.count - 2] + ", " + parts[parts.count - 1]) {
            found = (date, parts.count - 2)
        }
        guard let (date, dateIndex) = found, dateIndex >= 1, !parts[0].isEmpty,
              parts[0].first?.isUppercase == true, parts[0].count <= 40
        else { return nil }
        self.place = Dateline.titleCased(parts[0])
        self.date = date
        var end = dash + 1
        while end < scalars.count, scalars[end] == " " { end += 1 }
        self.length = end
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

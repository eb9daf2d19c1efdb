/// The local names of entities and of the nodes a document's findings make, minted from content in one
/// place so that the same content always gets the same name.
enum LocalName {
    /// A person or an organization met by its name: "Jane Doe" → `jane-doe`.
    static func entity(named name: String) -> String { Slug.make(name) }

    /// The OSCE (or CSCE) Chairmanship of a year.
    static func chairmanship(year: Int) -> String { "osce-chairmanship-\(year)" }

    /// An event: by its type, start and place when it has both (`conference-2008-07-17-vienna`), so the
    /// releases that report it share it; else it belongs to the release that reports it
    /// (`release-dev-07-course`), and undated events of different releases are never one.
    static func event(type: String, start: CalendarDate?, place: String?, fileName: String) -> String {
        guard let start, let place else { return document(fileName: fileName) + "-" + Slug.make(type) }
        return Slug.make([type, start.iso8601, place].joined(separator: " "))
    }

    /// A document by its file name: `release-<stem>`, the stem (without `.txt`, `.html` or `.htm`) keeping
    /// its underscores.
    static func document(fileName: String) -> String {
        var stem = fileName
        for suffix in [".txt", ".html", ".htm"] where stem.lowercased().hasSuffix(suffix) {
            stem = String(stem.dropLast(suffix.count))
            break
        }
        return Slug.make("release-" + stem, keepUnderscores: true)
    }

    /// A place, a field of work, a role or a precedent by its name or title.
    static func named(_ name: String) -> String { Slug.make(name) }

    /// A NIF phrase of a document: its document and scalar offsets (`release-x-12-30`), written into one
    /// new string: a build names a phrase for every mention.
    static func mention(document: String, start: Int, end: Int) -> String {
        guard start >= 0, end >= 0 else { return "\(document)-\(start)-\(end)" }
        return String(unsafeUninitializedCapacity: document.utf8.count + 42) { buffer in
            var count = buffer.initialize(fromContentsOf: document.utf8)
            for number in [start, end] {
                buffer[count] = UInt8(ascii: "-")
                count += 1
                count = LocalName.writeDecimal(number, into: buffer, at: count)
            }
            return count
        }
    }

    /// Writes the decimal digits of a number that is not negative at `index`, and returns where they end.
    private static func writeDecimal(_ number: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        var digits = 1, rest = number
        while rest >= 10 { rest /= 10; digits += 1 }
        rest = number
        for place in stride(from: index + digits - 1, through: index, by: -1) {
            buffer[place] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        return index + digits
    }

    /// A quotation of a document, by where it starts.
    static func quotation(document: String, start: Int) -> String { "\(document)-\(start)" }

    /// A reified statement of a document about a node, named by its relation.
    static func statement(document: String, subject: IRIName, relation: String) -> String {
        "\(document)-\(Slug.make(subject.lastSegment))-\(relation)"
    }

    /// A membership: who holds which title where (`unaffiliated` where the text names no body).
    static func membership(person: String, title: String, holder: Findings.Key?) -> String {
        "\(person)--\(Slug.make(title))--\(holder.map { "\($0.kind.rawValue)-\($0.id)" } ?? "unaffiliated")"
    }
}

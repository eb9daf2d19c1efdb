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

    /// A NIF phrase of a document: its document and scalar offsets.
    static func mention(document: String, start: Int, end: Int) -> String { "\(document)-\(start)-\(end)" }

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

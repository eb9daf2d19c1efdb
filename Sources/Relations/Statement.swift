public import RDFModel

/// One relation of an entity in words: "Senior Police Adviser at OSCE (as of 17 July 2008, per 004.txt)".
public struct Statement: Hashable, Sendable {
    /// The heading it is grouped under: the relation read from the entity ("organized by", "roles").
    public let relation: String
    /// Whether the entity is the link's source.
    public let outgoing: Bool
    /// The entity at the other end.
    public let other: Entity
    /// The whole fact in words.
    public let text: String
    /// The dates the documents state it for, as written in ISO 8601, sorted.
    public let dates: [String]
    /// The documents that state it, by file name where the graph has one.
    public let documents: [String]
    /// The link it says in words.
    public let link: Link
}

extension EntityIndex {
    /// Everything linked to the entity, in words, grouped by relation: roles first, then the relations
    /// from the entity, then those to it.
    public func statements(about term: Term) -> [Statement] {
        var out: [Statement] = []
        for (links, forward) in [(links(from: term), true), (links(to: term), false)] {
            for link in links {
                guard let other = entity(forward ? link.target : link.source) else { continue }
                let dates = Array(Set(link.evidence.compactMap(\.date))).sorted()
                let documents = Array(Set(link.evidence.compactMap(\.document).map(documentName))).sorted()
                var text: String
                let relation: String
                switch (link.relation, forward) {
                case (.role(let title), true):
                    relation = "roles"
                    text = "\(title) at \(other.label)"
                case (.role(let title), false):
                    relation = "people in roles"
                    text = "\(other.label), \(title)"
                default:
                    relation = Wording.phrase(link.relation, forward: forward)
                    text = "\(other.label) (\(other.kind.rawValue))"
                }
                var notes: [String] = []
                if case .role = link.relation, !dates.isEmpty { notes.append("as of " + dates.map(EntityIndex.humanDate).joined(separator: " and ")) }
                if !documents.isEmpty { notes.append("per " + documents.joined(separator: ", ")) }
                if !notes.isEmpty { text += " (" + notes.joined(separator: ", ") + ")" }
                out.append(Statement(relation: relation, outgoing: forward, other: other, text: text, dates: dates, documents: documents,
                                     link: link))
            }
        }
        func rank(_ s: Statement) -> Int { s.relation == "roles" ? 0 : s.relation == "people in roles" ? 1 : s.outgoing ? 2 : 3 }
        return out.sorted { (rank($0), $0.relation, $0.text) < (rank($1), $1.relation, $1.text) }
    }

    /// A document by its file name (`schema:identifier`) when it has one, else its short IRI.
    public func documentName(_ term: Term) -> String {
        let identifier = entity(term)?.attributes.first { $0.property == Vocabulary.schema("identifier") }?.value.literal?.lexicalForm
        return identifier ?? short(term)
    }

    /// "2008-07-17" → "17 July 2008"; other text as it is.
    public static func humanDate(_ iso: String) -> String {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}

extension EntityIndex {
    /// Whether the property is one of those that name an entity (already shown as its names).
    public func isName(_ property: IRI) -> Bool {
        Terms.labels.contains(property) || Terms.alternateNames.contains(property) && property != Vocabulary.schema("identifier")
    }

    /// A property in words: "start date", "same as".
    public func propertyName(_ property: IRI) -> String {
        Wording.humanize(EntityKind.localName(property.value)).lowercased()
    }
}

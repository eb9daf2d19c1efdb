import RDFModel
import Relations

/// An entity in a JSON answer: its label, its kind and its whole IRI (`_:b0` for a blank node).
struct EntityReference: Encodable {
    let name: String
    let type: String
    let iri: String

    init(name: String, type: String, iri: String) {
        self.name = name
        self.type = type
        self.iri = iri
    }

    init(_ entity: Entity) {
        self.init(name: entity.label, type: entity.kind.rawValue, iri: EntityReference.text(of: entity.term))
    }

    /// The entity of a term, or the term by its short IRI when the graph says nothing of it.
    init(_ term: Term, index: EntityIndex) {
        if let entity = index.entity(term) {
            self.init(entity)
        } else {
            self.init(name: index.short(term), type: "other", iri: EntityReference.text(of: term))
        }
    }

    /// A term as JSON shows it: an IRI or blank node by its identifier, a literal by its text.
    static func text(of term: Term) -> String {
        switch term {
        case .iri(let iri): iri.value
        case .literal(let literal): literal.lexicalForm
        case .blank: term.description
        }
    }
}

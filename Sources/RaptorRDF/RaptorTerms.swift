import CRaptor
import RDFModel

/// Owns the Raptor terms of one list of terms, each made the first time it is asked for and freed with
/// this object: so that a writer makes a term once per document, not once per statement it is in.
final class RaptorTerms {
    private let world: RaptorWorld
    private let terms: [Term]
    private var made: [UnsafeMutablePointer<raptor_term>?]

    init(_ terms: [Term], in world: RaptorWorld) {
        self.world = world
        self.terms = terms
        made = Array(repeating: nil, count: terms.count)
    }

    deinit {
        for term in made { if let term { raptor_free_term(term) } }
    }

    /// The Raptor term of `terms[index]`, which this object keeps owning.
    func term(_ index: Int) throws(RaptorError) -> UnsafeMutablePointer<raptor_term> {
        if let term = made[index] { return term }
        let term = try world.term(terms[index])
        made[index] = term
        return term
    }
}

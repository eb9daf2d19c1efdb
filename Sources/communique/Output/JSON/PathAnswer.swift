import RDFModel
import Relations

/// One chain of `path --format json`: its hops in order.
struct PathAnswer: Encodable {
    let hops: [Hop]

    /// One step: from an entity, through a relation, to the next.
    struct Hop: Encodable {
        let from: EntityReference
        /// The relation in words, read in the direction walked.
        let relation: String
        /// The property that links the two, for a link that is one property.
        let property: String?
        /// The title held, for a role.
        let role: String?
        /// Whether the link is walked from its subject to its object.
        let forward: Bool
        let to: EntityReference
    }

    init(_ path: [Relations.Hop], index: EntityIndex) {
        var hops: [Hop] = []
        for hop in path {
            hops.append(Hop(from: EntityReference(hop.from, index: index), relation: Wording.phrase(hop.link.relation, forward: hop.forward),
                            property: hop.link.relation.propertyIRI?.value, role: hop.link.relation.roleTitle, forward: hop.forward, to: EntityReference(hop.to, index: index)))
        }
        self.hops = hops
    }
}

public import Foundation
import RaptorRDF
public import RDFModel

/// World knowledge loaded at run time from the Turtle files under `Ontology/`: states, international
/// organizations and their bodies, OSCE Chairmanships by year, and the words of role titles.
public struct Knowledge: Sendable {
    /// A state, with every name and adjective it is met under.
    public struct State: Hashable, Sendable {
        public let id: String
        public let name: String
        public let otherNames: [String]
        public let adjectives: [String]
        public let iso: String?
        public let wikidata: IRI?
    }

    /// A known organization.
    public struct Organization: Hashable, Sendable {
        public let id: String
        public let name: String
        public let acronym: String?
        public let otherNames: [String]
        public let parent: String?
        public let wikidata: IRI?
        /// What kind of body it is (`Ontology/data/organizations.tsv`): intergovernmental, body, unit,
        /// field-operation, institution, programme, foundation.
        public var kind: String? = nil
    }

    public private(set) var states: [String: State] = [:]
    public private(set) var organizations: [String: Organization] = [:]
    /// The state (by id) that held the OSCE Chairmanship each year.
    public private(set) var chairmanships: [Int: String] = [:]
    public private(set) var titleHeads: Set<String> = []
    public private(set) var titleModifiers: Set<String> = []
    public private(set) var honorifics: Set<String> = []
    public private(set) var organizationHeads: Set<String> = []
    public private(set) var eventNouns: Set<String> = []
    public private(set) var speechVerbs: Set<String> = []
    /// Nouns that name a decision or other text an event follows ("decision", "action plan").
    public private(set) var documentNouns: Set<String> = []
    /// The cue words and phrases of the grammar, by kind.
    public private(set) var cues = CueLexicon()

    /// The error for a missing or broken knowledge folder.
    public struct LoadError: LocalizedError, Sendable {
        public let message: String
        public var errorDescription: String? { message }
    }

    /// Loads every knowledge file of the folder.
    public init(folder: String) throws(LoadError) {
        var graph = Graph()
        for name in ["states.ttl", "organizations.ttl", "chairmanships.ttl", "roles.ttl", "cues.ttl"] {
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                graph.formUnion(try Graph(contentsOfFile: path))
            } catch {
                throw LoadError(message: error.errorDescription ?? "\(path): cannot load")
            }
        }
        self.init(graph: graph)
    }

    /// Reads the knowledge out of an already loaded graph.
    public init(graph: Graph) {
        let s = Vocabulary.schema, cq = Terms.communique
        func strings(_ node: Term, _ p: IRI) -> [String] { graph.objects(of: node, p).compactMap(\.literal?.lexicalForm) }
        func id(_ node: Term) -> String { node.iri.map { String($0.value.split(separator: "/").last ?? "") } ?? "" }
        for node in graph.instances(of: s("Country")) {
            let state = State(
                id: id(node), name: strings(node, s("name")).first ?? id(node),
                otherNames: strings(node, s("alternateName")), adjectives: strings(node, cq("adjective")),
                iso: strings(node, Terms.geonames("countryCode")).first, wikidata: graph.objects(of: node, Vocabulary.owl("sameAs")).first?.iri)
            states[state.id] = state
        }
        for node in graph.instances(of: s("Organization")) {
            if let year = strings(node, cq("chairmanshipYear")).first.flatMap({ Int($0) }),
               let holder = graph.objects(of: node, cq("heldBy")).first {
                chairmanships[year] = id(holder)
                continue
            }
            var org = Organization(
                id: id(node), name: strings(node, s("name")).first ?? id(node), acronym: strings(node, cq("acronym")).first,
                otherNames: strings(node, s("alternateName")),
                parent: graph.objects(of: node, s("parentOrganization")).first.map(id),
                wikidata: graph.objects(of: node, Vocabulary.owl("sameAs")).first?.iri)
            org.kind = strings(node, cq("kind")).first
            organizations[org.id] = org
        }
        let lexicon = Term.iri(cq("RoleTitleLexicon"))
        titleHeads = Set(strings(lexicon, cq("titleHeadWord")))
        titleModifiers = Set(strings(lexicon, cq("titleModifierWord")))
        honorifics = Set(strings(lexicon, cq("honorific")))
        organizationHeads = Set(strings(lexicon, cq("organizationHeadWord")))
        eventNouns = Set(strings(lexicon, cq("eventNoun")))
        speechVerbs = Set(strings(lexicon, cq("speechVerb")))
        documentNouns = Set(strings(lexicon, cq("documentNoun")))
        var cueEntries: [String: [String]] = [:]
        for list in graph.instances(of: cq("CueList")) {
            guard let kind = strings(list, cq("cueKind")).first else { continue }
            cueEntries[kind, default: []] += strings(list, cq("cue"))
        }
        cues = CueLexicon(entries: cueEntries)
    }
}

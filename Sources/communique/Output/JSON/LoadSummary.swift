import EndpointClient

/// What `load --json` prints: the server (its user-info masked) and each graph, loaded or not.
struct LoadSummary: Encodable {
    let endpoint: String
    let graphs: [GraphLoad]
    /// Graphs stored, and graphs failed or never sent.
    let loaded: Int
    let failed: Int

    /// One graph of the file.
    struct GraphLoad: Encodable {
        /// The graph's IRI; nil for the default graph.
        let graph: String?
        /// PUT (replaced) or POST (added to).
        let method: String
        let statements: Int?
        /// `loaded`, `failed`, or `not sent` (after too many failures in a row).
        let status: String
        let error: String?
    }

    init(endpoint: String, outcomes: [GraphStore.Outcome], notSent: [GraphStore.Target]) {
        self.endpoint = EndpointError.masked(endpoint)
        func name(_ target: GraphStore.Target) -> String? {
            if case .named(let iri) = target { return iri.value }
            return nil
        }
        graphs = outcomes.map { outcome in
            GraphLoad(graph: name(outcome.target), method: outcome.method.rawValue, statements: outcome.triples,
                      status: outcome.error == nil ? "loaded" : "failed", error: outcome.error?.localizedDescription)
        } + notSent.map { GraphLoad(graph: name($0), method: "", statements: nil, status: "not sent", error: nil) }
        loaded = outcomes.filter { $0.error == nil }.count
        failed = graphs.count - loaded
    }
}

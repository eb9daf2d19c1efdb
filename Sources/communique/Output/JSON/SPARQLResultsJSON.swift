import EndpointClient

/// SELECT results as SPARQL 1.1 Query Results JSON (`head.vars`, `results.bindings`), whatever the server sent.
struct SPARQLResultsJSON: Encodable {
    let head: Head
    let results: Results

    struct Head: Encodable {
        let vars: [String]
    }

    struct Results: Encodable {
        let bindings: [[String: QueryResults.Value]]
    }

    init(_ results: QueryResults) {
        head = Head(vars: results.variables)
        self.results = Results(bindings: results.rows)
    }
}

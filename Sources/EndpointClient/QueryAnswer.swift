public import Foundation

/// What a SPARQL query returned: a table of bindings (SELECT), a truth value (ASK) or RDF (CONSTRUCT,
/// DESCRIBE), with the body as the server sent it.
public enum QueryAnswer: Sendable {
    case bindings(QueryResults)
    case boolean(Bool)
    case graph(contentType: String, body: Data)
}

/// The SPARQL 1.1 Query Results JSON of a SELECT query.
public struct QueryResults: Decodable, Sendable {
    /// One value of a binding: an IRI, a literal (with a language or datatype) or a blank node.
    public struct Value: Codable, Hashable, Sendable {
        public let type: String
        public let value: String
        public let language: String?
        public let datatype: String?

        enum CodingKeys: String, CodingKey {
            case type, value, datatype
            case language = "xml:lang"
        }
    }

    public struct Head: Decodable, Sendable {
        public let vars: [String]?
    }

    public struct Results: Decodable, Sendable {
        public let bindings: [[String: Value]]
    }

    public let head: Head
    public let results: Results?
    public let boolean: Bool?

    /// The server's row limit when it cut the results at it (Virtuoso's `X-SPARQL-MaxRows` header), else nil.
    public var rowLimit: Int? = nil

    enum CodingKeys: String, CodingKey {
        case head, results, boolean
    }

    public var variables: [String] { head.vars ?? [] }
    public var rows: [[String: Value]] { results?.bindings ?? [] }
}

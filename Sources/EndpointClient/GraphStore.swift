public import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
public import RDFModel
public import RaptorRDF

/// A SPARQL 1.1 Graph Store HTTP Protocol endpoint (Oxigraph's `/store`, Fuseki's `/dataset/data`).
public struct GraphStore: Sendable {
    /// The graph a request is about.
    public enum Target: Hashable, Sendable, CustomStringConvertible {
        case defaultGraph
        case named(IRI)

        public var description: String {
            switch self {
            case .defaultGraph: "the default graph"
            case .named(let iri): "<\(iri.value)>"
            }
        }
    }

    /// PUT replaces the graph; POST adds to it.
    public enum Method: String, Sendable {
        case put = "PUT", post = "POST"
    }

    public let url: URL
    public var transport: HTTPTransport

    public init(url: URL, transport: HTTPTransport = HTTPTransport()) {
        self.url = url
        self.transport = transport
    }

    /// The request URL of a target: `?default`, or `?graph=` and the IRI percent-encoded (so that `+`, `&`
    /// and `#` survive).
    public func requestURL(for target: Target) -> URL {
        var text = url.absoluteString
        text += text.contains("?") ? "&" : "?"
        switch target {
        case .defaultGraph: text += "default"
        case .named(let iri): text += "graph=" + GraphStore.percentEncoded(iri.value)
        }
        return URL(string: text)!
    }

    /// Sends N-Triples to a graph; returns only when the server said it stored them.
    public func send(_ nTriples: Data, to target: Target, method: Method) throws(EndpointError) {
        var request = URLRequest(url: requestURL(for: target))
        request.httpMethod = method.rawValue
        request.setValue("application/n-triples", forHTTPHeaderField: "Content-Type")
        request.httpBody = nTriples
        let response = try transport.send(request)
        guard (200..<300).contains(response.status) else {
            throw .status(method: method.rawValue, url: request.url!.absoluteString, code: response.status,
                          message: String(decoding: response.body, as: UTF8.self))
        }
    }

    /// One graph sent, or failed.
    public struct Outcome: Sendable {
        public let target: Target
        public let method: Method
        public let triples: Int
        public let error: EndpointError?
    }

    /// Loads a graph: with named graphs (N-Quads), each named graph replaces the graph of that name (PUT);
    /// statements of the default graph replace `graph` when it is given (PUT), else are added to the default
    /// graph (POST). Each graph is sent on its own, and a failure does not stop the others, until
    /// `maxFailures` graphs in a row have failed: the endpoint is then taken for down, and the graphs not
    /// sent are the outcomes' `notSent`. A refusal of access (401, 403) stops it at once.
    public func load(_ graph: Graph, into graphName: IRI? = nil, maxFailures: Int = .max) throws(RaptorError) -> (outcomes: [Outcome], notSent: [Target]) {
        var parts: [(Target, Method, Graph)] = []
        var byName: [IRI?: Graph] = [:]
        for quad in graph.quads { byName[quad.graph, default: Graph()].insert(quad.triple) }
        if let defaults = byName[nil] {
            parts.append(graphName.map { (.named($0), .put, defaults) } ?? (.defaultGraph, .post, defaults))
        }
        for name in graph.namedGraphs { parts.append((.named(name), .put, byName[name]!)) }
        if parts.isEmpty, let graphName { parts.append((.named(graphName), .put, Graph())) }
        var outcomes: [Outcome] = []
        var failuresInARow = 0
        for (index, (target, method, part)) in parts.enumerated() {
            guard failuresInARow < maxFailures else { return (outcomes, parts[index...].map(\.0)) }
            let text = try part.serialized(as: .nTriples)
            do {
                try send(Data(text.utf8), to: target, method: method)
                outcomes.append(Outcome(target: target, method: method, triples: part.count, error: nil))
                failuresInARow = 0
            } catch {
                outcomes.append(Outcome(target: target, method: method, triples: part.count, error: error))
                failuresInARow += 1
                // A server that refuses access refuses every graph: stop at the first.
                if error.deniesAccess { return (outcomes, parts[(index + 1)...].map(\.0)) }
            }
        }
        return (outcomes, [])
    }

    static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

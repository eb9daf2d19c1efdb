public import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A SPARQL 1.1 query endpoint, asked with a form-encoded POST (which every major server accepts).
public struct SPARQLService: Sendable {
    public let url: URL
    public var transport: HTTPTransport

    public init(url: URL, transport: HTTPTransport = HTTPTransport()) {
        self.url = url
        self.transport = transport
    }

    /// Sends the query and reads the answer.
    public func query(_ text: String) throws(EndpointError) -> QueryAnswer {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8", forHTTPHeaderField: "Accept")
        request.httpBody = Data(("query=" + SPARQLService.formEncoded(text)).utf8)
        let response = try transport.send(request)
        guard (200..<300).contains(response.status) else {
            throw .status(method: "POST", url: url.absoluteString, code: response.status, message: String(decoding: response.body, as: UTF8.self))
        }
        guard response.contentType.contains("json") else { return .graph(contentType: response.contentType, body: response.body) }
        do {
            var results = try JSONDecoder().decode(QueryResults.self, from: response.body)
            if let boolean = results.boolean { return .boolean(boolean) }
            results.rowLimit = response.headers["x-sparql-maxrows"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            return .bindings(results)
        } catch {
            throw .invalidResponse(url: url.absoluteString, reason: "not SPARQL JSON results (\(error))")
        }
    }

    /// `application/x-www-form-urlencoded`: unreserved characters as they are, spaces as `+`, the rest
    /// percent-encoded.
    static func formEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~ ")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text).replacingOccurrences(of: " ", with: "+")
    }
}

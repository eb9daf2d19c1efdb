/// The last path segment of an IRI, for names made from another node's name.
struct IRIName {
    let lastSegment: String
    init(_ iri: String) { lastSegment = iri.split(separator: "/").last.map(String.init) ?? "" }
}

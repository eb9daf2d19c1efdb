/// The last path segment of an IRI, for names made from another node's name.
struct IRIName {
    let lastSegment: String

    /// The text after the last "/" that ends a segment (slashes at the end are skipped), found on bytes.
    init(_ iri: String) {
        let bytes = iri.utf8
        let slash = UInt8(ascii: "/")
        guard let end = bytes.lastIndex(where: { $0 != slash }) else { lastSegment = ""; return }
        let head = bytes[...end]
        let start = head.lastIndex(of: slash).map { bytes.index(after: $0) } ?? bytes.startIndex
        lastSegment = String(Substring(bytes[start...end]))
    }
}

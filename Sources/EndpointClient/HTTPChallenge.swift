/// One challenge of a `WWW-Authenticate` header (RFC 7235): a scheme and its parameters.
///
/// ```swift
/// HTTPChallenge.parse(#"Digest realm="SPARQL", nonce="ab", qop="auth", Basic realm="x""#)
/// // [Digest (realm, nonce, qop), Basic (realm)]
/// ```
public struct HTTPChallenge: Sendable, Equatable {
    /// The scheme, lowercased: `basic`, `digest`, …
    public let scheme: String
    /// The parameters, their names lowercased, quoted values unquoted.
    public let parameters: [String: String]

    public init(scheme: String, parameters: [String: String]) {
        self.scheme = scheme
        self.parameters = parameters
    }

    /// The challenges of one header value, in order.
    public static func parse(_ header: String) -> [HTTPChallenge] {
        var reader = Reader(Array(header.unicodeScalars))
        var challenges: [HTTPChallenge] = []
        while let scheme = reader.token() {
            var parameters: [String: String] = [:]
            while true {
                let mark = reader.position
                reader.skip(" \t,")
                guard let name = reader.token(), reader.consume("=") else {
                    reader.position = mark
                    break
                }
                parameters[name.lowercased()] = reader.quoted() ?? reader.token() ?? ""
            }
            challenges.append(HTTPChallenge(scheme: scheme.lowercased(), parameters: parameters))
            reader.skip(" \t,")
        }
        return challenges
    }

    /// Reads tokens, `=`, and quoted strings with backslash escapes.
    private struct Reader {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func skip(_ set: String) {
            while position < scalars.count, set.unicodeScalars.contains(scalars[position]) { position += 1 }
        }

        mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
            skip(" \t")
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
            skip(" \t")
            return true
        }

        /// A token (RFC 7230 tchar), or nil.
        mutating func token() -> String? {
            skip(" \t,")
            let start = position
            while position < scalars.count, isTokenCharacter(scalars[position]) { position += 1 }
            return position > start ? String(String.UnicodeScalarView(scalars[start..<position])) : nil
        }

        mutating func quoted() -> String? {
            guard position < scalars.count, scalars[position] == "\"" else { return nil }
            position += 1
            var out = String.UnicodeScalarView()
            while position < scalars.count, scalars[position] != "\"" {
                if scalars[position] == "\\", position + 1 < scalars.count { position += 1 }
                out.append(scalars[position])
                position += 1
            }
            position += 1
            return String(out)
        }

        private func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar))
        }
    }
}

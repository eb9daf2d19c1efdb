public import Foundation

/// A user name and password for a server that asks for them (HTTP Basic or Digest). Never printed: its
/// description shows the user only.
public struct Credentials: Sendable, Equatable, CustomStringConvertible {
    public let user: String
    public let password: String

    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    public var description: String { "\(user) (password hidden)" }

    /// The `Authorization` header that answers a challenge, or nil for a scheme this client does not speak.
    ///
    /// Digest (RFC 7616) with MD5 or MD5-sess, `qop=auth` or none; `cnonce` is made by `cnonce` (random
    /// unless a test gives it) and `count` is the nonce count for this nonce.
    public func authorization(answering challenge: HTTPChallenge, method: String, uri: String, count: Int = 1,
                              cnonce: String = Credentials.randomNonce()) -> String? {
        switch challenge.scheme {
        case "basic":
            return "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        case "digest":
            return digest(challenge, method: method, uri: uri, count: count, cnonce: cnonce)
        default:
            return nil
        }
    }

    private func digest(_ challenge: HTTPChallenge, method: String, uri: String, count: Int, cnonce: String) -> String? {
        let p = challenge.parameters
        guard let nonce = p["nonce"] else { return nil }
        let realm = p["realm"] ?? ""
        let algorithm = p["algorithm"] ?? "MD5"
        guard ["md5", "md5-sess"].contains(algorithm.lowercased()) else { return nil }
        let qops = (p["qop"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard qops.isEmpty || qops.contains("auth") else { return nil }
        var ha1 = MD5.hex("\(user):\(realm):\(password)")
        if algorithm.lowercased() == "md5-sess" { ha1 = MD5.hex("\(ha1):\(nonce):\(cnonce)") }
        let ha2 = MD5.hex("\(method):\(uri)")
        let nc = String(format: "%08x", count)
        let response = qops.isEmpty ? MD5.hex("\(ha1):\(nonce):\(ha2)") : MD5.hex("\(ha1):\(nonce):\(nc):\(cnonce):auth:\(ha2)")
        var fields = ["username=\(Credentials.quoted(user))", "realm=\(Credentials.quoted(realm))", "nonce=\(Credentials.quoted(nonce))",
                      "uri=\(Credentials.quoted(uri))", "algorithm=\(algorithm)", "response=\(Credentials.quoted(response))"]
        if !qops.isEmpty { fields += ["qop=auth", "nc=\(nc)", "cnonce=\(Credentials.quoted(cnonce))"] }
        if let opaque = p["opaque"] { fields.append("opaque=\(Credentials.quoted(opaque))") }
        return "Digest " + fields.joined(separator: ", ")
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// 16 random bytes as hexadecimal digits.
    public static func randomNonce() -> String {
        (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }
}

@testable import EndpointClient
import Foundation
import Testing

/// MD5, the parsing of challenges and `.netrc`, and the `Authorization` headers made from them.
@Suite struct AuthenticationTests {
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func md5OfTheTestSuiteOfRFC1321(text: String, digest: String) {
        #expect(MD5.hex(text) == digest)
    }

    @Test func challengesAreParsedWithQuotedCommasAndSeveralSchemes() {
        let challenges = HTTPChallenge.parse(#"Digest realm="a, b", nonce="n\"1", qop="auth,auth-int", algorithm=MD5, Basic realm="x""#)
        #expect(challenges == [
            HTTPChallenge(scheme: "digest", parameters: ["realm": "a, b", "nonce": "n\"1", "qop": "auth,auth-int", "algorithm": "MD5"]),
            HTTPChallenge(scheme: "basic", parameters: ["realm": "x"]),
        ])
        #expect(HTTPChallenge.parse("") == [])
    }

    @Test func digestAnswersTheExampleOfRFC2617() throws {
        let challenge = HTTPChallenge(scheme: "digest", parameters: [
            "realm": "testrealm@host.com", "qop": "auth,auth-int", "nonce": "dcd98b7102dd2f0e8b11d0f600bfb0c093",
            "opaque": "5ccc069c403ebaf9f0171e9517f40e41",
        ])
        let header = try #require(Credentials(user: "Mufasa", password: "Circle Of Life")
            .authorization(answering: challenge, method: "GET", uri: "/dir/index.html", count: 1, cnonce: "0a4f113b"))
        #expect(header.hasPrefix("Digest username=\"Mufasa\", realm=\"testrealm@host.com\""))
        #expect(header.contains("response=\"6629fae49393a05397450978507c4ef1\""))
        #expect(header.contains("qop=auth, nc=00000001, cnonce=\"0a4f113b\""))
        #expect(header.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""))
        // A scheme or algorithm this client does not speak gets no header.
        #expect(Credentials(user: "u", password: "p").authorization(answering: HTTPChallenge(scheme: "negotiate", parameters: [:]), method: "GET", uri: "/") == nil)
        let sha = HTTPChallenge(scheme: "digest", parameters: ["nonce": "n", "algorithm": "SHA-512-256"])
        #expect(Credentials(user: "u", password: "p").authorization(answering: sha, method: "GET", uri: "/") == nil)
    }

    @Test func basicIsTheUserAndPasswordInBase64AndNeverInTheDescription() {
        let credentials = Credentials(user: "Aladdin", password: "open sesame")
        #expect(credentials.authorization(answering: HTTPChallenge(scheme: "basic", parameters: [:]), method: "PUT", uri: "/") == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
        #expect(!credentials.description.contains("open sesame"))
    }

    @Test func netrcGivesTheHostsEntryThenTheDefault() {
        let netrc = Netrc(text: """
            machine store.example.org login loader password "two words"
            macdef init
            machine not-an-entry login x password y

            machine other.example.org
              login admin
              password s3cret
            default login anonymous password guest
            """)
        #expect(netrc.credentials(host: "store.example.org") == Credentials(user: "loader", password: "two words"))
        #expect(netrc.credentials(host: "OTHER.example.org") == Credentials(user: "admin", password: "s3cret"))
        #expect(netrc.credentials(host: "other.example.org", user: "someone") == nil)
        #expect(netrc.credentials(host: "elsewhere.org") == Credentials(user: "anonymous", password: "guest"))
        #expect(netrc.credentials(host: "not-an-entry") == Credentials(user: "anonymous", password: "guest"))
    }

    @Test func anHTMLErrorPageIsShownAsItsText() {
        let page = "<html><head><title>401 Unauthorized</title><style>h1 {color: red}</style></head><body><h1>Access &amp; rights</h1><p>Log in.</p></body></html>"
        #expect(EndpointError.trimmed(page) == "401 Unauthorized Access & rights Log in.")
        #expect(EndpointError.trimmed("plain <not html> text") == "plain <not html> text")
    }
}

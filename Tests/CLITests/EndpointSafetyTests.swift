import Foundation
import TestSupport
import Testing

private let graphFile = TestFiles.packageRoot.appendingPathComponent("Tests/RelationsTests/Resources/handwritten.ttl").path

/// Graph names are checked and credentials in an endpoint's URL never reach a message.
@Suite struct EndpointSafetyTests {
    @Test(arguments: ["relative", "", "has space:x"])
    func aGraphNameMustBeAnAbsoluteIRI(name: String) throws {
        let result = try Executable.run(["load", graphFile, "--endpoint", "http://127.0.0.1:9", "--graph", name])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--graph must be an absolute IRI"))
    }

    @Test func aPasswordInTheEndpointIsNeverPrinted() throws {
        let port = try LocalPort.free()
        for arguments in [
            ["load", graphFile, "--endpoint", "http://jane:s3cret@127.0.0.1:\(port)", "--timeout", "2"],
            ["sparql", "--endpoint", "http://jane:s3cret@127.0.0.1:\(port)", "--timeout", "2", "ASK {}"],
            ["sparql", "--endpoint", "ftp://jane:s3cret@127.0.0.1:\(port)", "ASK {}"],
        ] {
            let result = try Executable.run(arguments)
            #expect(result.status != 0)
            #expect(!result.standardError.contains("s3cret") && !result.standardOutput.contains("s3cret"), "\(result.standardError)")
            #expect(!result.standardError.contains("jane"), "\(result.standardError)")
            #expect(result.standardError.contains("***@127.0.0.1"), "\(result.standardError)")
        }
    }
}

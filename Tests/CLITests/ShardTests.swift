import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

private let fixtures = TestFiles.packageRoot.appendingPathComponent("Fixtures/press-releases").path

/// `build --shard K/N`: deterministic parts whose outputs together are the graph of the whole build.
@Suite struct ShardTests {
    @Test(arguments: ["nt", "nq", "ttl"])
    func theUnionOfTheShardsIsTheGraphOfTheWholeBuild(ext: String) throws {
        let folder = try TestFiles.scratchFolder()
        #expect(try Executable.run(["build", fixtures, "-o", "whole.\(ext)", "--quiet"], in: folder).status == 0)
        var union = Set<Quad>()
        var documents = 0
        for k in 1...3 {
            let result = try Executable.run(["build", fixtures, "-o", "part-\(k).\(ext)", "--shard", "\(k)/3", "--json"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            if let summary = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any] {
                documents += (summary["documents"] as? [Any])?.count ?? 0
            } else {
                #expect(result.standardError.hasPrefix("0 documents in part \(k) of 3"))
            }
            union.formUnion(try Graph(contentsOfFile: folder.appendingPathComponent("part-\(k).\(ext)").path).quads)
        }
        #expect(documents == 5)
        let whole = try Graph(contentsOfFile: folder.appendingPathComponent("whole.\(ext)").path)
        #expect(union == Set(whole.quads))
    }

    @Test func thePartsAreTheSameOnEveryRunAndBadPartsAreUsageErrors() throws {
        let folder = try TestFiles.scratchFolder()
        for name in ["a", "b"] {
            let result = try Executable.run(["build", fixtures, "-o", "\(name).nt", "--shard", "2/2", "--quiet"], in: folder)
            #expect(result.status == 0)
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("a.nt")) == Data(contentsOf: folder.appendingPathComponent("b.nt")))
        for bad in ["0/3", "4/3", "x", "1/0"] {
            let result = try Executable.run(["build", fixtures, "--shard", bad], in: folder)
            #expect(result.status == 2, "\(bad)")
        }
    }
}

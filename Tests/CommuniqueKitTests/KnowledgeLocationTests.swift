import CommuniqueKit
import Foundation
import TestSupport
import Testing

/// Where `build` finds its knowledge files: the folder named, the environment, then beside the executable.
@Suite struct KnowledgeLocationTests {
    /// A folder that holds a (dummy) states.ttl.
    func knowledgeFolder(_ path: URL) throws {
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        try "".write(to: path.appendingPathComponent("states.ttl"), atomically: true, encoding: .utf8)
    }

    @Test func anInstalledBinaryFindsShareCommuniqueBesideItsBinFolderThroughALink() throws {
        let root = try TestFiles.scratchFolder()
        let prefix = root.appendingPathComponent("prefix")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try knowledgeFolder(prefix.appendingPathComponent("share/communique"))
        let binary = prefix.appendingPathComponent("bin/communique")
        try "".write(to: binary, atomically: true, encoding: .utf8)
        let link = root.appendingPathComponent("communique-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: binary)
        let found = Knowledge.locateFolder(environment: [:], executable: link.path)
        #expect(found.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
                == prefix.appendingPathComponent("share/communique").resolvingSymlinksInPath().path)
    }

    @Test func aBinaryBuiltInThePackageFindsTheOntologyFolderAboveIt() throws {
        let root = try TestFiles.scratchFolder()
        try knowledgeFolder(root.appendingPathComponent("Ontology"))
        let binary = root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/release/communique")
        let found = Knowledge.locateFolder(environment: [:], executable: binary.path)
        #expect(found.map { URL(fileURLWithPath: $0).standardizedFileURL.path } == root.appendingPathComponent("Ontology").standardizedFileURL.path)
    }

    @Test func theFolderNamedThenTheEnvironmentComeFirstAndTheCurrentFolderNever() throws {
        let root = try TestFiles.scratchFolder()
        #expect(Knowledge.locateFolder(named: "/given", environment: ["COMMUNIQUE_ONTOLOGY": "/env"], executable: nil) == "/given")
        #expect(Knowledge.locateFolder(environment: ["COMMUNIQUE_ONTOLOGY": "/env"], executable: nil) == "/env")
        // A binary far from any knowledge folder finds none, whatever the current folder holds.
        let lone = root.appendingPathComponent("lone/communique")
        #expect(Knowledge.locateFolder(environment: [:], executable: lone.path) == nil)
        let candidates = Knowledge.candidates(besideExecutable: "/opt/tool/bin/communique")
        #expect(candidates == ["/opt/tool/share/communique", "/opt/tool/bin/Ontology", "/opt/tool/Ontology", "/opt/Ontology", "/Ontology"])
    }
}

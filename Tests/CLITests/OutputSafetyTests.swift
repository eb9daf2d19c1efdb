import Foundation
import RaptorRDF
import RDFModel
import TestSupport
import Testing

private let release = TestFiles.packageRoot.appendingPathComponent("Fixtures/press-releases/000_a2b1aa99ee0d7576.txt").path

/// Outputs never clobber what they should not, temporary files cannot be hijacked and vanish on a signal.
@Suite struct OutputSafetyTests {
    func attributes(_ path: String) throws -> [FileAttributeKey: Any] { try FileManager.default.attributesOfItem(atPath: path) }

    @Test func aDeviceIsWrittenToNeverReplaced() throws {
        let folder = try TestFiles.scratchFolder()
        // A named pipe stands for /dev/null and /dev/stdout: it must stay a pipe.
        let fifo = folder.appendingPathComponent("out.nt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        reader.standardOutput = FileHandle.nullDevice
        try reader.run()
        let result = try Executable.run(["build", release, "-o", fifo, "--format", "ntriples", "--quiet"], in: folder)
        reader.waitUntilExit()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(isFifo(fifo))
        let null = try Executable.run(["build", release, "-o", "/dev/null", "--quiet"], in: folder)
        #expect(null.status == 0)
        #expect(try attributes("/dev/null")[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test(arguments: ["ntriples", "nquads", "turtle"])
    func aFullDeviceIsAnErrorThatNamesIt(format: String) throws {
        let result = try Executable.run(["build", release, "-o", "/dev/full", "--format", format, "--quiet"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("/dev/full: cannot write: \(String(cString: strerror(ENOSPC)))"), "\(result.standardError)")
    }

    func isFifo(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO
    }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let folder = try TestFiles.scratchFolder()
        try "old".write(to: folder.appendingPathComponent("real.ttl"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.ttl").path, withDestinationPath: "real.ttl")
        let result = try Executable.run(["build", release, "-o", "link.ttl", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.ttl").path) == "real.ttl")
        let written = try String(contentsOf: folder.appendingPathComponent("real.ttl"), encoding: .utf8)
        #expect(written.hasPrefix("@prefix"))
    }

    @Test func anOutputThatIsAnInputIsAUsageError() throws {
        let folder = try TestFiles.scratchFolder()
        let copy = folder.appendingPathComponent("r.txt")
        try FileManager.default.copyItem(atPath: release, toPath: copy.path)
        let before = try Data(contentsOf: copy)
        let result = try Executable.run(["build", folder.path, "-o", "r.txt", "--format", "turtle"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("is also an input"))
        #expect(try Data(contentsOf: copy) == before)
    }

    @Test func anOutputLinkedToAnInputIsAUsageError() throws {
        let folder = try TestFiles.scratchFolder()
        let copy = folder.appendingPathComponent("r.txt")
        try FileManager.default.copyItem(atPath: release, toPath: copy.path)
        let before = try Data(contentsOf: copy)
        // Another name of the same file, and a link to it from outside the folder built.
        let outside = try TestFiles.scratchFolder()
        try FileManager.default.linkItem(atPath: copy.path, toPath: outside.appendingPathComponent("hard.nt").path)
        try FileManager.default.createSymbolicLink(atPath: outside.appendingPathComponent("soft.nt").path, withDestinationPath: copy.path)
        for output in ["hard.nt", "soft.nt"] {
            let result = try Executable.run(["build", folder.path, "-o", output, "--quiet"], in: outside)
            #expect(result.status == 2, "\(output)")
            #expect(result.standardError.contains("is also an input"), "\(output): \(result.standardError)")
        }
        #expect(try Data(contentsOf: copy) == before)
    }

    @Test func rebuildingKeepsTheOutputsPermissions() throws {
        let folder = try TestFiles.scratchFolder()
        let out = folder.appendingPathComponent("private.ttl").path
        #expect(try Executable.run(["build", release, "-o", out, "--quiet"], in: folder).status == 0)
        #expect(chmod(out, 0o600) == 0)
        #expect(try Executable.run(["build", release, "-o", out, "--quiet"], in: folder).status == 0)
        #expect((try attributes(out)[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aLinkPlantedAtTheOldTemporaryNameRedirectsNothing() throws {
        let folder = try TestFiles.scratchFolder()
        let victim = folder.appendingPathComponent("victim.txt")
        try "precious".write(to: victim, atomically: true, encoding: .utf8)
        // The name a temporary file used to have, predictable from the process id: now unused.
        let planted = folder.appendingPathComponent(".out.ttl.tmp-\(getpid())").path
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim.path)
        var graph = Graph()
        graph.insert(Triple(.iri(IRI("https://example.org/a")), IRI("https://example.org/p"), .literal(Literal("x"))))
        try graph.write(as: .turtle, toFile: folder.appendingPathComponent("out.ttl").path)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        var info = stat()
        #expect(lstat(folder.appendingPathComponent("out.ttl").path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG)
    }

    @Test(arguments: [("ntriples", SIGINT, Int32(130)), ("nquads", SIGTERM, Int32(143)), ("turtle", SIGHUP, Int32(129))])
    func aSignalLeavesNoTemporaryFile(format: String, signal: Int32, status: Int32) throws {
        let folder = try TestFiles.scratchFolder()
        let corpus = folder.appendingPathComponent("corpus")
        let generated = try ProcessResult.run(URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", TestFiles.packageRoot.appendingPathComponent("Scripts/generate-corpus.py").path,
            "--count", "1500", "--seed", "3", "--out", corpus.path,
        ])
        #expect(generated.status == 0, "\(generated.standardError)")
        try "old".write(to: folder.appendingPathComponent("out.data"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = Executable.communique
        process.arguments = ["build", corpus.path, "-o", "out.data", "--format", format, "--quiet", "--jobs", "1"]
        process.currentDirectoryURL = folder
        try process.run()
        // Wait for the temporary file (or, for Turtle, give the in-memory build time to get under way).
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline, temporaries(in: folder).isEmpty, format != "turtle" { usleep(20_000) }
        if format == "turtle" { usleep(300_000) }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == status)
        #expect(temporaries(in: folder) == [])
        #expect(try String(contentsOf: folder.appendingPathComponent("out.data"), encoding: .utf8) == "old")
    }

    func temporaries(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    @Test func brokenLinksInAFolderAreReportedNotSkipped() throws {
        let folder = try TestFiles.scratchFolder()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: release, toPath: inputs.appendingPathComponent("a.txt").path)
        try FileManager.default.createSymbolicLink(atPath: inputs.appendingPathComponent("b.txt").path, withDestinationPath: "gone.txt")
        try FileManager.default.createSymbolicLink(atPath: inputs.appendingPathComponent("c.txt").path, withDestinationPath: "c.txt")
        let result = try Executable.run(["build", "in", "-o", "out.ttl", "--quiet"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("communique: error: in/b.txt: a symbolic link to gone.txt, which does not exist"))
        #expect(result.standardError.contains("communique: error: in/c.txt: a symbolic link that leads back to itself"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.ttl").path))
        let named = try Executable.run(["build", "in/c.txt", "-o", "out2.ttl", "--quiet"], in: folder)
        #expect(named.standardError.contains("leads back to itself"))
    }

    @Test func aDocumentOverTheLimitIsReportedAndTheBatchGoesOn() throws {
        let folder = try TestFiles.scratchFolder()
        let big = folder.appendingPathComponent("big.txt")
        try ("Officers meet on port security\nRIGA, 2 May 2019 – " + String(repeating: "Officers met. ", count: 2000)).write(to: big, atomically: true, encoding: .utf8)
        let result = try Executable.run(["build", big.path, release, "-o", "out.ttl", "--max-document-size", "10000", "--quiet"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("communique: error: \(big.path): 28"))
        #expect(result.standardError.contains("more than the 10000 of one document (--max-document-size); skipped"))
        let written = try String(contentsOf: folder.appendingPathComponent("out.ttl"), encoding: .utf8)
        #expect(written.contains("000_a2b1aa99ee0d7576.txt"))
        #expect(!written.contains("big.txt"))
    }
}

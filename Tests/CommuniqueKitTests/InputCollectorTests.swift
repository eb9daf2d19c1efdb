@testable import CommuniqueKit
import Foundation
import TestSupport
import Testing

/// What a folder's walk takes and names: file extensions and relative names read as Foundation's path
/// functions read them, without their cost.
@Suite struct InputCollectorTests {
    @Test func anExtensionIsWhatFollowsTheLastDotOfTheName() {
        let expected: [(String, String)] = [
            ("a.txt", "txt"), ("a.tar.gz", "gz"), ("a.TXT", "TXT"), ("a b.txt", "txt"), ("ä.txt", "txt"), ("a.ä", "ä"),
            ("a.t xt", "t xt"), ("a..txt", "txt"), ("sub/.hidden.txt", "txt"), ("sub/..txt", "txt"), ("a.txt/", "txt"),
            // A dot that begins the name, or ends it, gives none; so does a dot in a folder's name.
            (".txt", ""), ("a.", ""), ("...", ""), ("dir.x/a", ""), ("a.t/x", ""), ("x/.", ""), ("/", ""), ("", ""),
        ]
        for (path, fileExtension) in expected {
            #expect(InputCollector.fileExtension(of: path) == fileExtension, "\(path)")
            // The same as Foundation's, which the walk used to ask.
            #expect(InputCollector.fileExtension(of: path) == (path as NSString).pathExtension, "\(path)")
        }
    }

    @Test func aPlainRelativeNameIsKeptAndAnOddOneStandardized() {
        #expect(InputCollector.standardized("sub/a.txt") == "sub/a.txt")
        #expect(InputCollector.standardized("sub/../a.txt") == "sub/../a.txt")
        #expect(InputCollector.standardized("sub//a.txt") == "sub/a.txt")
        #expect(InputCollector.standardized("./sub/./a.txt") == "./sub/a.txt")
        #expect(InputCollector.standardized("sub/") == "sub")
    }

    @Test func aFolderIsWalkedForReleaseFilesOfAnyCaseOfExtension() throws {
        let folder = try TestFiles.scratchFolder()
        let nested = folder.appendingPathComponent("2009.x")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        for name in ["B.TXT", "a.txt", "notes.md", ".txt", "page.HTML", "2009.x/c.htm", "2009.x/readme"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let (files, errors) = InputCollector().collect([folder.path])
        #expect(files.map(\.name) == ["2009.x/c.htm", "B.TXT", "a.txt", "page.HTML"])
        #expect(errors.isEmpty)
    }

    @Test func aFileNamedTwiceOrThroughALinkIsReadOnce() throws {
        let folder = try TestFiles.scratchFolder()
        let file = folder.appendingPathComponent("a.txt")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "a.txt")
        let roundabout = folder.path + "/./sub/../a.txt"
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let (files, errors) = InputCollector().collect([file.path, link.path, roundabout, folder.path])
        #expect(files.map(\.path) == [file.path])
        #expect(errors.isEmpty)
        #expect(InputCollector.identity(of: link.path) == InputCollector.identity(of: file.path))
    }

    @Test func aFileIsKnownByItsResolvedFolderAndItsName() throws {
        let folder = try TestFiles.scratchFolder()
        let file = folder.appendingPathComponent("a.txt")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/again", withDestinationPath: folder.path)
        var folders = ResolvedFolders()
        let real = InputCollector.identity(of: file.path)
        // Through a linked folder, through a linked file, with dot components, and not there at all.
        #expect(folders.identity(of: folder.path + "/again/a.txt") == real)
        #expect(folders.identity(of: folder.path + "/link.txt") == real)
        let roundabout = folder.path + "/./again/../" + folder.lastPathComponent + "/a.txt"
        #expect(folders.identity(of: roundabout) == real)
        #expect(folders.identity(of: folder.path + "/missing.txt") == InputCollector.identity(of: folder.path + "/missing.txt"))
        #expect(folders.identity(of: "/") == InputCollector.identity(of: "/"))
        let (files, errors) = InputCollector().collect([folder.path, folder.path + "/again/a.txt", roundabout])
        #expect(files.map(\.path) == [file.path])
        #expect(errors.isEmpty)
    }

    @Test func aFolderNamedThroughALinkIsWalked() throws {
        let folder = try TestFiles.scratchFolder()
        let real = folder.appendingPathComponent("releases/2009")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try "x".write(to: real.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let link = folder.path + "/latest"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real.path)
        let (files, errors) = InputCollector().collect([link])
        #expect(files.map(\.name) == ["a.txt"])
        #expect(files.map(\.path) == [link + "/a.txt"])
        #expect(errors.isEmpty)
    }
}


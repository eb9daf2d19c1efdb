import CommuniqueKit
import Foundation
import TestSupport
import Testing

/// NIF offsets count Unicode scalars of the file as read, a byte-order mark and the CR of CRLF included.
@Suite struct FileOffsetTests {
    static let body = "Officers meet on port security\nRIGA, 2 May 2019 – “Ports matter,” said Anna Berg, the Head of the Unit.\nLatvia and UNODC met.\n"

    @Test(arguments: ["lf", "crlf", "bom", "bom+crlf"])
    func everySpanPointsAtItsTextInTheFile(shape: String) throws {
        var text = FileOffsetTests.body
        if shape.contains("crlf") { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        if shape.contains("bom") { text = "\u{FEFF}" + text }
        let folder = try TestFiles.scratchFolder()
        let file = folder.appendingPathComponent("release.txt")
        try Data(text.utf8).write(to: file)
        let release = try ReleaseFileReader().read(fileAt: file.path)
        let found = InventedText.extractor.extract(release)
        let scalars = Array(text.unicodeScalars)
        let spans = found.mentions.map(\.span) + found.quotations.map(\.span) + found.roles.map(\.span)
        #expect(spans.count >= 5)
        for span in spans {
            let inFile = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            #expect(inFile.replacingOccurrences(of: "\r\n", with: "\n") == span.text, "\(shape): \(span)")
        }
    }
}

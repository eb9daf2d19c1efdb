import CommuniqueKit
import Foundation
import RaptorRDF

/// What a build read and wrote, as the line on standard error and as `build --json` prints it.
struct BuildSummary: Encodable {
    /// The file written, or nil for standard output.
    let output: String?
    /// The syntax written: turtle, ntriples or nquads.
    let format: String
    let documents: [Document]
    /// The statements written (after the statements about shared entities are merged).
    let statements: Int
    let errors: [Failure]
    /// The input errors again, for the lines on standard error.
    let inputErrors: [InputError]

    /// One document written.
    struct Document: Encodable {
        /// The file read (`-` for standard input).
        let file: String
        /// The name the document is known by: the path inside the folder given, or the file name.
        let name: String
        let iri: String
        /// The statements its extraction made.
        let statements: Int
    }

    /// One input that could not be read.
    struct Failure: Encodable {
        let file: String
        /// The line, where the error is on one.
        let line: Int?
        let message: String
    }

    init(output: String?, syntax: RDFSyntax, documents: [BuiltDocument], statements: Int, errors: [InputError]) {
        self.output = output
        format = syntax.raptorName
        self.documents = documents.map { Document(file: $0.path, name: $0.name, iri: $0.iri, statements: $0.statements) }
        self.statements = statements
        inputErrors = errors
        self.errors = errors.map { Failure(file: $0.path, line: $0.line, message: $0.localizedDescription) }
    }

    enum CodingKeys: String, CodingKey {
        case output, format, documents, statements, errors
    }

    /// `5 documents, 305 triples → graph.ttl`.
    var line: String {
        let unit = format == RDFSyntax.nQuads.raptorName ? "quads" : "triples"
        return "\(documents.count) documents, \(statements) \(unit) → \(output ?? "standard output")"
    }

    func encoded() throws -> String {
        try JSONOutput.encode(self)
    }
}

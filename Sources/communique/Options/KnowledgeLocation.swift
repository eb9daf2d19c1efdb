import CommuniqueKit
import Foundation

/// Finding and loading the knowledge files for `build`, with a message that says where it looked.
enum KnowledgeLocation {
    static func load(_ given: String?) throws -> Knowledge {
        guard let folder = Knowledge.locateFolder(named: given) else {
            let looked = Knowledge.executablePath().map { Knowledge.candidates(besideExecutable: $0).joined(separator: ", ") } ?? "nowhere"
            throw CommandFailure(message: "cannot find the knowledge files (states.ttl, organizations.ttl, …); looked in "
                + looked + "; name their folder with --ontology or COMMUNIQUE_ONTOLOGY")
        }
        return try Knowledge(folder: folder)
    }
}

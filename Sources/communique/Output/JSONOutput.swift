import Foundation

/// The JSON the commands print for scripts: made by `JSONEncoder` from typed values, keys sorted so that
/// the same answer is the same text, one value per run.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// One of N deterministic parts of a build's inputs: a document belongs to part `hash(name) mod N`, its
/// name being its path inside the folder given, so any machine computes the same split of the same inputs
/// and the parts' outputs together hold the graph of the whole.
public struct Shard: Sendable, Equatable {
    /// The part, from 1.
    public let index: Int
    /// The number of parts.
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// "2/8" → part 2 of 8.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// Whether the document of this name is in the part.
    public func contains(_ name: String) -> Bool {
        Int(FNV1a.hash(name) % UInt64(count)) == index - 1
    }
}

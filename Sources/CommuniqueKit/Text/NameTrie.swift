/// Names of several words as a trie of token keys, so that every name starting at a place is found by
/// reading the words once.
struct NameTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var value: Value?
    }

    /// Node 0 is the root.
    private var nodes = [Node()]

    /// Adds a name; a name already present keeps its first value.
    mutating func insert(_ words: [String], _ value: Value) {
        var at = 0
        for word in words {
            if let next = nodes[at].children[word] {
                at = next
            } else {
                nodes.append(Node())
                nodes[at].children[word] = nodes.count - 1
                at = nodes.count - 1
            }
        }
        if nodes[at].value == nil { nodes[at].value = value }
    }

    /// The first words of the names.
    var firstWords: Dictionary<String, Int>.Keys { nodes[0].children.keys }

    /// Every name that the words begin with, as its length in words and its value, shortest first.
    func entries<Words: Sequence>(along words: Words) -> [(length: Int, value: Value)] where Words.Element == String {
        var found: [(length: Int, value: Value)] = []
        var at = 0, length = 0
        for word in words {
            guard let next = nodes[at].children[word] else { break }
            at = next
            length += 1
            if let value = nodes[at].value { found.append((length, value)) }
        }
        return found
    }
}

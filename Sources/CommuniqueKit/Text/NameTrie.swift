/// Names of several words as a trie of token keys, so that every name starting at a place is found by
/// reading the words once.
///
/// A word is found by its bytes in a `WordTable` of the names' words, which numbers it; a step from a node
/// along a word is one probe of a table of integers, so reading a name hashes no `String`.
///
/// ```swift
/// let trie = NameTrie([(["united", "nations"], 1), (["united", "nations", "office"], 2)])
/// trie.entries(along: ["united", "nations", "office", "vienna"])   // [(2, 1), (3, 2)]
/// ```
struct NameTrie<Value: Sendable>: Sendable {
    /// The number of each word of the names.
    private let words: WordTable<UInt32>
    /// The value of each node that ends a name; node 0 is the root.
    private var values: [Value?] = [nil]
    /// The steps of the trie, by open addressing: a slot holds its node and word packed (`edgeKey`) and
    /// the node the step leads to, or 0 (no step leads to the root) when empty. The count is a power of two.
    private var edgeKeys: [UInt64]
    private var edgeTargets: [UInt32]
    /// The first words of the names, in the order the names were given.
    let firstWords: [String]

    /// The trie of the names; a name given twice keeps its first value.
    init(_ names: [(words: [String], value: Value)]) {
        var numbers: [String: UInt32] = [:]
        var firsts: [String] = [], seenFirst = Set<String>()
        for (words, _) in names {
            if let first = words.first, seenFirst.insert(first).inserted { firsts.append(first) }
            for word in words where numbers[word] == nil { numbers[word] = UInt32(numbers.count) }
        }
        words = WordTable(numbers)
        firstWords = firsts
        var capacity = 16
        while capacity < names.reduce(0, { $0 + $1.words.count }) * 2 { capacity *= 2 }
        edgeKeys = Array(repeating: 0, count: capacity)
        edgeTargets = Array(repeating: 0, count: capacity)
        for (words, value) in names {
            var at = 0
            for word in words {
                let key = NameTrie.edgeKey(at, numbers[word]!)
                let slot = self.slot(of: key)
                if edgeTargets[slot] == 0 {
                    values.append(nil)
                    edgeKeys[slot] = key
                    edgeTargets[slot] = UInt32(values.count - 1)
                }
                at = Int(edgeTargets[slot])
            }
            if values[at] == nil { values[at] = value }
        }
    }

    /// The node reached from `node` along a word, if a name goes on with it.
    func step(from node: Int, along word: String) -> Int? {
        guard let number = words[word] else { return nil }
        let target = edgeTargets[slot(of: NameTrie.edgeKey(node, number))]
        return target == 0 ? nil : Int(target)
    }

    /// The value of the name that ends at a node, if one does.
    func value(at node: Int) -> Value? { values[node] }

    /// Every name that the words begin with, as its length in words and its value, shortest first.
    func entries<Words: Sequence>(along words: Words) -> [(length: Int, value: Value)] where Words.Element == String {
        var found: [(length: Int, value: Value)] = []
        var at = 0, length = 0
        for word in words {
            guard let next = step(from: at, along: word) else { break }
            at = next
            length += 1
            if let value = values[at] { found.append((length, value)) }
        }
        return found
    }

    private static func edgeKey(_ node: Int, _ word: UInt32) -> UInt64 { UInt64(node) << 32 | UInt64(word) }

    /// The slot of a step: where it is, or the empty slot where it would go.
    private func slot(of key: UInt64) -> Int {
        let mask = edgeKeys.count - 1
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        var slot = Int(truncatingIfNeeded: h) & mask
        while edgeTargets[slot] != 0, edgeKeys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }
}

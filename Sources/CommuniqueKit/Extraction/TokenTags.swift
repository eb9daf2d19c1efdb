/// What each token of a release has been read as (`AnnotatedRelease.Tag`), kept as one number per token
/// and a list of the keys tagged: made, read and freed without a copy, a retain or a release per token.
///
/// A number is 0 for an untagged token, 1 for a title word, and for an entity or a name the place of its key
/// in `keys` (four times it, plus 4) with 2 or 3 added.
struct TokenTags {
    private var codes: [UInt32]
    /// The keys tagged, each once.
    private var keys: [Findings.Key] = []
    /// The place of each key in `keys`.
    private var places: [Findings.Key: UInt32] = [:]

    /// `count` untagged tokens.
    init(count: Int) {
        codes = Array(repeating: 0, count: count)
    }

    var count: Int { codes.count }
    var indices: Range<Int> { codes.indices }

    /// Whether the token at `i` is tagged as nothing yet.
    @inline(__always) func isUntagged(_ i: Int) -> Bool { codes[i] == 0 }

    @inline(__always) subscript(i: Int) -> AnnotatedRelease.Tag? {
        get {
            let code = codes[i]
            switch code & 3 {
            case 0: return code == 0 ? nil : .title
            case 1: return .title
            case 2: return .entity(keys[Int(code >> 2) - 1])
            default: return .name(keys[Int(code >> 2) - 1])
            }
        }
        set {
            switch newValue {
            case nil: codes[i] = 0
            case .title: codes[i] = 1
            case .entity(let key): codes[i] = (place(of: key) + 1) << 2 | 2
            case .name(let key): codes[i] = (place(of: key) + 1) << 2 | 3
            }
        }
    }

    /// The place of a key in `keys`, added if it is new; the key tagged last is found without hashing.
    private mutating func place(of key: Findings.Key) -> UInt32 {
        if let last = keys.last, last == key { return UInt32(keys.count - 1) }
        if let known = places[key] { return known }
        let place = UInt32(keys.count)
        keys.append(key)
        places[key] = place
        return place
    }
}

/// Tags the short form of a body's name, its words before the seat ("the OSCE Mission", "Head of the UN
/// Office"), as the one body of the release whose full name begins with them ("OSCE Mission to Xland").
/// Two bodies of the release with the same short form leave it to the organization it names.
///
/// Needs: known names. Adds: entity tags and mentions of short names.
struct ShortNameStage: ExtractionStage {
    static let needs: Set<Annotation> = [.knownNames]
    static let adds: Set<Annotation> = [.shortNames]
    func run(on release: inout AnnotatedRelease) { release.readShortNames() }
}

extension AnnotatedRelease {
    fileprivate mutating func readShortNames() {
        // The bodies named with a seat, by the words before it: ["OSCE", "Mission"] → the Mission to Xland.
        var owners: [[String]: Set<Findings.Key>] = [:]
        var i = 0
        while i < tokens.count {
            guard let key = entityTag(i), key.kind == .organization else { i += 1; continue }
            let range = extent(i)
            if let prefix = wordsBeforeSeat(range) { owners[prefix, default: []].insert(key) }
            i = range.upperBound
        }
        let unique = owners.compactMapValues { $0.count == 1 ? $0.first : nil }
        guard !unique.isEmpty else { return }
        // Looked up by their bytes, and only for a token whose first byte starts one of them: every token asks.
        let firstWords = WordTable(Dictionary(unique.keys.map { ($0[0], true) }) { first, _ in first })
        var firstBytes = ByteSet()
        for words in unique.keys { if let byte = words[0].utf8.first { firstBytes.insert(byte) } }
        i = 0
        while i < tokens.count {
            guard let byte = tokens[i].text.utf8.first, firstBytes.contains(byte), firstWords[tokens[i].text] != nil,
                  let (key, length) = shortName(at: i, among: unique) else { i += 1; continue }
            if let acronym = entityTag(i) {
                let inner = span(i, i + 1)
                findings.mentions.removeAll { $0.key == acronym && $0.span == inner }
            }
            var end = i + length
            if end < tokens.count, tokens[end].kind == .possessive { end += 1 }
            tag(i, end, .entity(key))
            mention(key, i, i + length)
            i = end
        }
    }

    /// The words of a body's name before its seat ("OSCE Mission" of "OSCE Mission to Xland"): two words at
    /// least, ending in a head noun, with the seat's connector and a state or place after them.
    private func wordsBeforeSeat(_ range: Range<Int>) -> [String]? {
        guard let seat = range.first(where: { $0 > range.lowerBound + 1 && isCue(.seatConnector, $0) }), seat + 1 < range.upperBound,
              classes[seat - 1].contains(.organizationHead) else { return nil }
        return tokens[range.lowerBound..<seat].map(\.text)
    }

    /// The body whose short form starts at `i`: its words, the first untagged or an acronym alone, the rest
    /// untagged, and no name going on after them (another body: "OSCE Mission to Yland", "X Programme of the Y",
    /// "OSCE Mission Support Unit"; a title may follow: "OSCE Mission Legal Officer").
    private func shortName(at i: Int, among owners: [[String]: Findings.Key]) -> (Findings.Key, Int)? {
        if entityTag(i) != nil, extent(i).count != 1 || !tokens[i].isAllCaps { return nil }
        if tags[i] != nil, entityTag(i) == nil { return nil }
        var best: (Findings.Key, Int)? = nil
        for (words, key) in owners where words[0] == tokens[i].text && i + words.count <= tokens.count {
            let end = i + words.count
            guard (i + 1..<end).allSatisfy({ tags.isUntagged($0) && tokens[$0].text == words[$0 - i] }), sameSentence(i, end - 1) else { continue }
            if end + 1 < tokens.count, isCue(.nameConnector, end), tokens[end + 1].isCapitalized || isDefiniteArticle(end + 1) { continue }
            if namesAnotherBody(from: end) { continue }
            if words.count > best?.1 ?? 0 { best = (key, words.count) }
        }
        return best
    }

    /// Whether the capitalized words from `k` reach a head noun of a body before any title's head.
    private func namesAnotherBody(from k: Int) -> Bool {
        var m = k
        while m < tokens.count, tokens[m].isCapitalized, tags.isUntagged(m), sameSentence(k, m) {
            if isTitleHead(m) { return false }
            if classes[m].contains(.organizationHead) { return true }
            m += 1
        }
        return false
    }
}

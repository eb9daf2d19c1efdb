/// Tags later mentions of a person by part of the name ("Doe said", "Van der Berg said").
///
/// Needs: people. Adds: person tags and mentions, alternate names, speakers.
struct AliasStage: ExtractionStage {
    static let needs: Set<Annotation> = [.people]
    static let adds: Set<Annotation> = [.aliases, .speakers]
    func run(on release: inout AnnotatedRelease) { release.readAliases() }
}

extension AnnotatedRelease {
    /// Later mentions of a person by part of the name ("Petrova said", "Van der Berg said").
    fileprivate mutating func readAliases() {
        guard !personNames.isEmpty else { return }
        // The persons in a list, which is cheaper to walk than the dictionary; the order does not matter,
        // since a run names a person only when it fits exactly one.
        let people = Array(personNames)
        var i = 0
        while i < tokens.count {
            guard tags.isUntagged(i), tokens[i].isCapitalized else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, end - i < 3, tags.isUntagged(end), tokens[end].isCapitalized, sameSentence(i, end) { end += 1 }
            var matched = false
            for length in stride(from: end - i, through: 1, by: -1) {
                // The run's words are its tokens but the particles; its last word is told before the run is
                // made, and the run only for a person whose name ends with that word (or holds a lone one).
                var lastIndex: Int? = nil, wordCount = 0
                for j in i..<(i + length) where !cueKinds[j].words.contains(.nameParticle) {
                    lastIndex = j
                    wordCount += 1
                }
                guard let lastIndex, AnnotatedRelease.hasThreeCharacters(tokens[lastIndex].key) else { continue }
                let last = tokens[lastIndex].key
                var run: [String]? = nil
                // The one person whose name has every word of the run, ending with its last (or holding a
                // lone word); none when two have.
                var owner: Findings.Key? = nil, owners = 0
                for (key, name) in people where name.last == last || (wordCount == 1 && name.contains(last)) {
                    if run == nil { run = (i..<(i + length)).filter { !cueKinds[$0].words.contains(.nameParticle) }.map { tokens[$0].key } }
                    guard run!.allSatisfy(name.contains) else { continue }
                    owner = key
                    owners += 1
                    if owners > 1 { break }
                }
                if owners == 1, let person = owner {
                    tag(i, i + length, .name(person))
                    mention(person, i, i + length)
                    let alias = text(i, i + length)
                    if alias != findings.entities[person]?.name { findings.entities[person]?.alternateNames.insert(alias) }
                    if isSpeechVerb(i + length) || isSpeechVerb(i - 1) { speakers.append((person, speechSpan(i, i + length), .speakerBySpeechVerb)) }
                    i += length
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
    }

    /// Whether a word has three characters or more, told by its bytes when it is ASCII.
    static func hasThreeCharacters(_ word: String) -> Bool {
        let bytes = word.utf8.count
        guard bytes >= 3 else { return false }
        return word.isASCII || word.prefix(3).count == 3
    }
}

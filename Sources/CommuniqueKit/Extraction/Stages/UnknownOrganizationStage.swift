/// Finds organizations that are not in the knowledge files by a head noun ("Ministry", "Committee", …).
///
/// Needs: known names, people. Adds: organization tags and mentions.
struct UnknownOrganizationStage: ExtractionStage {
    static let needs: Set<Annotation> = [.knownNames, .people]
    static let adds: Set<Annotation> = [.organizationPhrases]
    func run(on release: inout AnnotatedRelease) { release.readUnknownOrganizations() }
}

extension AnnotatedRelease {
    /// Organizations not in the knowledge files, by a head noun ("Ministry", "Committee", …).
    fileprivate mutating func readUnknownOrganizations() {
        var i = 0
        while i < tokens.count {
            guard tags[i] == nil || entityTag(i)?.kind == .state, tokens[i].isCapitalized else { i += 1; continue }
            var end = i
            while end < tokens.count, sameSentence(i, end), tokens[end].isCapitalized || isCue(.organizationConnector, end),
                  tags[end] == nil || entityTag(end)?.kind == .state {
                end += 1
            }
            let hasHead = (i..<end).contains { extractor.knowledge.organizationHeads.contains(tokens[$0].text) && tags[$0] == nil }
            if hasHead, end - i >= 2, let org = readOrganizationPhrase(from: i, limit: end, requireHead: true) {
                i = org.end
            } else {
                i = max(end, i + 1)
            }
        }
    }
}

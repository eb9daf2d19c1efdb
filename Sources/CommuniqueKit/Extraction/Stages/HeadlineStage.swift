/// Finds the known states and organizations named in the headline.
///
/// Needs: the headline. Adds: mentions in the headline.
struct HeadlineStage: ExtractionStage {
    static let needs: Set<Annotation> = [.tokens]
    static let adds: Set<Annotation> = [.headlineMentions]
    func run(on release: inout AnnotatedRelease) { release.readHeadline() }
}

extension AnnotatedRelease {
    /// Known organizations and states named in the headline.
    fileprivate mutating func readHeadline() {
        // The headline read once as scalars, for its tokens and for the text of each name.
        let headline = ScalarText(release.headline)
        let headTokens = extractor.tokenizer.tokens(of: headline)
        let offset = metadataOffset(of: release.headline)
        let gazetteer = extractor.gazetteer
        var i = 0
        while i < headTokens.count {
            guard let (entry, length) = gazetteer.match(headTokens, at: i) else { i += 1; continue }
            let key = ensure(entry)
            let a = headTokens[i].start, b = headTokens[i + length - 1].end
            let surface = headline.string(a, b)
            findings.mentions.append(Findings.Mention(key: key, span: release.fileSpan(offset + a, offset + b, text: surface)))
            i += length
        }
    }
}

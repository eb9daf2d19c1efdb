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
        let headTokens = extractor.tokenizer.tokens(of: release.headline)
        let offset = metadataOffset(of: release.headline)
        let gazetteer = extractor.gazetteer, scalars = Array(release.headline.unicodeScalars)
        var i = 0
        while i < headTokens.count {
            guard let (entry, length) = gazetteer.match(headTokens, at: i) else { i += 1; continue }
            let key = ensure(entry)
            let a = headTokens[i].start, b = headTokens[i + length - 1].end
            let surface = String(String.UnicodeScalarView(scalars[a..<b]))
            findings.mentions.append(Findings.Mention(key: key, span: release.fileSpan(offset + a, offset + b, text: surface)))
            i += length
        }
    }
}

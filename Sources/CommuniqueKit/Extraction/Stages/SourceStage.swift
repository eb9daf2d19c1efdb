/// Resolves the organizations of the `Source:` metadata line: a known name, the Chairmanship of the
/// release's year, or a new organization.
///
/// Needs: the release's metadata. Adds: source organizations and their mentions.
struct SourceStage: ExtractionStage {
    static let needs: Set<Annotation> = [.tokens]
    static let adds: Set<Annotation> = [.sources]
    func run(on release: inout AnnotatedRelease) { release.readSources() }
}

extension AnnotatedRelease {
    /// The `Source:` metadata names the bodies that issued the release.
    fileprivate mutating func readSources() {
        for source in release.sources {
            let sourceTokens = extractor.tokenizer.tokens(of: source)
            var key: Findings.Key? = nil
            if sourceTokens.count == 2, extractor.cues.contains(key: sourceTokens[0].key, in: .chairmanshipBody),
               extractor.cues.contains(key: sourceTokens[1].key, in: .chairmanshipNoun), let year {
                key = ensureChairmanship(year: year)
            } else if let (entry, length) = extractor.gazetteer.match(sourceTokens, at: 0), length == sourceTokens.count,
                      case .organization(let id) = entry {
                key = ensureOrganization(id)
            }
            let resolved = key ?? {
                let k = Findings.Key(kind: .organization, id: LocalName.entity(named: source))
                if findings.entities[k] == nil { findings.entities[k] = Findings.Entity(key: k, name: source) }
                return k
            }()
            if let entity = findings.entities[resolved], entity.name != source { findings.entities[resolved]?.alternateNames.insert(source) }
            findings.sources.append(resolved)
            let offset = metadataOffset(of: source)
            findings.mentions.append(Findings.Mention(key: resolved, span: release.fileSpan(offset, offset + source.unicodeScalars.count, text: source)))
        }
    }
}

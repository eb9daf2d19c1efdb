/// The work of extracting one release: its tokens, what each token has been read as, and the findings.
struct AnnotatedRelease {
    enum Tag: Hashable {
        case entity(Findings.Key)
        case title
        case name(Findings.Key)
    }

    let extractor: Extractor
    private let reference: ReleaseReference
    var release: PressRelease { reference.release }
    let tokens: [Token]
    /// The cue kinds of each token's key (`TokenLexicon`), so that a cue test hashes no word.
    let cueKinds: [(words: CueKindSet, phrases: CueKindSet)]
    /// The word classes of each token (`TokenLexicon`), so that a class test hashes no word either.
    let classes: [WordClassSet]
    /// The body, for spans by scalar offset in constant time.
    let body: ScalarText
    var tags: TokenTags
    var findings = Findings()
    let year: Int?
    /// Persons found with a cue in the text (speech verb, title, apposition), who spoke.
    var speakers: [(key: Findings.Key, span: Findings.Span, rule: Findings.Rule)] = []
    /// The full names of the persons of this document, as token keys.
    var personNames: [Findings.Key: [String]] = [:]
    /// The token of the noun that names the release's event, once the event stage has found it.
    var eventNoun: Int? = nil
    /// The sentences that name the event by its noun (`sentencesNaming(noun:)` of `eventNoun`), read once
    /// with it: four stages ask.
    var eventNounSentences: SentenceSet? = nil
    /// The bodies of a coordination ("the Xlandic and Ylandic Interior Ministries"), by the first token of the
    /// tokens tagged for it: each is a party where the phrase is one.
    var coordinatedBodies: [Int: [Findings.Key]] = [:]
    /// The words of each body named by the shape of its phrase, its state left out ("interior ministry" of
    /// "Xland’s Interior Ministry"), as token keys: one body may be named with and without its state.
    var bodyCores: [Findings.Key: String] = [:]

    init(extractor: Extractor, release: PressRelease) {
        self.extractor = extractor
        reference = ReleaseReference(release)
        body = ScalarText(release.body)
        let read = extractor.tokenizer.tokensAndSpellings(of: body)
        tokens = read.tokens
        // A token spelled as an earlier one has its key and text, so its cues and classes: looked up once.
        var cueKinds: [(words: CueKindSet, phrases: CueKindSet)] = [], classes: [WordClassSet] = []
        cueKinds.reserveCapacity(tokens.count)
        classes.reserveCapacity(tokens.count)
        for (index, first) in read.firstOfSpelling.enumerated() {
            if first < index {
                cueKinds.append(cueKinds[first])
                classes.append(classes[first])
            } else {
                let entry = extractor.lexicon.entry(of: tokens[index])
                cueKinds.append(entry.cues)
                classes.append(entry.classes)
            }
        }
        self.cueKinds = cueKinds
        self.classes = classes
        tags = TokenTags(count: tokens.count)
        year = release.datePublished?.year
    }

    // MARK: Helpers

    func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }
    func key(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].key : "" }
    func sameSentence(_ i: Int, _ j: Int) -> Bool {
        i >= 0 && j >= 0 && i < tokens.count && j < tokens.count && tokens[i].sentence == tokens[j].sentence
    }

    func span(_ from: Int, _ to: Int) -> Findings.Span {
        let start = tokens[from].start, end = tokens[to - 1].end
        let text = body.string(start, end)
        let inFile = release.fileRange(release.bodyOffset + start, release.bodyOffset + end)
        return Findings.Span(start: inFile.start, end: inFile.end, text: text)
    }

    func text(_ from: Int, _ to: Int) -> String { from < to ? span(from, to).text : "" }

    func entityTag(_ i: Int) -> Findings.Key? {
        guard i >= 0, i < tokens.count, case .entity(let key)? = tags[i] else { return nil }
        return key
    }

    /// Every entity the tokens tagged at `i` stand for: the bodies of a coordination, else the one tagged.
    func entityKeys(_ i: Int) -> [Findings.Key] {
        guard let key = entityTag(i) else { return [] }
        return coordinatedBodies[extent(i).lowerBound] ?? [key]
    }

    /// The tokens of the entity tagged at `i` (just `i` when none is).
    @inline(__always) func extent(_ i: Int) -> Range<Int> {
        guard let key = entityTag(i) else { return i..<(i + 1) }
        var a = i, b = i + 1
        while a > 0, entityTag(a - 1) == key, sameSentence(a - 1, i) { a -= 1 }
        while b < tokens.count, entityTag(b) == key { b += 1 }
        return a..<b
    }

    mutating func tag(_ from: Int, _ to: Int, _ tag: Tag) {
        for i in from..<min(to, tokens.count) { tags[i] = tag }
    }

    mutating func mention(_ key: Findings.Key, _ from: Int, _ to: Int) {
        let span = self.span(from, to)
        findings.mentions.append(Findings.Mention(key: key, span: span))
        let surface = from < to ? span.text : ""
        // The entity is changed in place (one look-up, and no copy of it to read its name).
        if case .organization = key.kind, let index = findings.entities.index(forKey: key) {
            AnnotatedRelease.note(surface, oneWord: to - from == 1, asNameOf: &findings.entities.values[index])
        }
    }

    /// Notes the text of a mention of an organization as another name of it, unless it is its name, a
    /// single character or one word with a hyphen ("OSCE-organized" names the OSCE but is no name of it).
    static func note(_ surface: String, oneWord: Bool, asNameOf entity: inout Findings.Entity) {
        guard entity.name != surface, let first = surface.indices.first, surface.index(after: first) != surface.endIndex,
              !(oneWord && surface.containsASCII("-")) else { return }
        entity.alternateNames.insert(AnnotatedRelease.droppingThe(surface))
    }

    static func droppingThe(_ text: String) -> String {
        text.hasPrefix("the ") || text.hasPrefix("The ") ? String(text.dropFirst(4)) : text
    }

    /// Changes the release's event, if one was found.
    mutating func updateEvent(_ change: (inout Findings.Event) -> Void) {
        guard !findings.events.isEmpty else { return }
        change(&findings.events[findings.events.count - 1])
    }
}

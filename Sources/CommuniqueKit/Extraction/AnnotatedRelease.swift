/// The work of extracting one release: its tokens, what each token has been read as, and the findings.
struct AnnotatedRelease {
    enum Tag: Hashable {
        case entity(Findings.Key)
        case title
        case name(Findings.Key)
    }

    let extractor: Extractor
    let release: PressRelease
    let tokens: [Token]
    /// The body, for spans by scalar offset in constant time.
    let body: ScalarText
    var tags: [Tag?]
    var findings = Findings()
    let year: Int?
    /// Persons found with a cue in the text (speech verb, title, apposition), who spoke.
    var speakers: [(key: Findings.Key, span: Findings.Span)] = []
    /// The full names of the persons of this document, as token keys.
    var personNames: [Findings.Key: [String]] = [:]

    init(extractor: Extractor, release: PressRelease) {
        self.extractor = extractor
        self.release = release
        body = ScalarText(release.body)
        tokens = extractor.tokenizer.tokens(of: release.body)
        tags = Array(repeating: nil, count: tokens.count)
        year = release.datePublished?.year
    }

    mutating func run() {
        readKnownNames()
        readPeople()
        readAliases()
        readUnknownOrganizations()
        readSources()
        readHeadline()
        readQuotations()
        readEvent()
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
        return Findings.Span(start: release.bodyOffset + start, end: release.bodyOffset + end, text: text)
    }

    func text(_ from: Int, _ to: Int) -> String { from < to ? span(from, to).text : "" }

    func entityTag(_ i: Int) -> Findings.Key? {
        guard i >= 0, i < tokens.count, case .entity(let key)? = tags[i] else { return nil }
        return key
    }

    /// The first token of the entity tagged at `i`, and the token after it.
    func extent(_ i: Int) -> (Int, Int) {
        guard let key = entityTag(i) else { return (i, i + 1) }
        var a = i, b = i + 1
        while a > 0, entityTag(a - 1) == key, sameSentence(a - 1, i) { a -= 1 }
        while b < tokens.count, entityTag(b) == key { b += 1 }
        return (a, b)
    }

    mutating func tag(_ from: Int, _ to: Int, _ tag: Tag) {
        for i in from..<min(to, tokens.count) { tags[i] = tag }
    }

    mutating func mention(_ key: Findings.Key, _ from: Int, _ to: Int) {
        findings.mentions.append(Findings.Mention(key: key, span: span(from, to)))
        if case .organization = key.kind, let entity = findings.entities[key], entity.name != text(from, to) {
            let surface = text(from, to)
            // "OSCE-organized" names the OSCE but is no name of it.
            let hyphenatedWord = to - from == 1 && surface.contains("-")
            if surface.count > 1, !hyphenatedWord { findings.entities[key]?.alternateNames.insert(AnnotatedRelease.droppingThe(surface)) }
        }
    }

    static func droppingThe(_ text: String) -> String {
        text.hasPrefix("the ") || text.hasPrefix("The ") ? String(text.dropFirst(4)) : text
    }

    mutating func ensureState(_ id: String) -> Findings.Key {
        let key = Findings.Key(kind: .state, id: id)
        if findings.entities[key] == nil, let state = extractor.knowledge.states[id] {
            var entity = Findings.Entity(key: key, name: state.name)
            entity.alternateNames = Set(state.otherNames)
            entity.wikidata = state.wikidata?.value
            findings.entities[key] = entity
        }
        return key
    }

    mutating func ensureOrganization(_ id: String) -> Findings.Key {
        let key = Findings.Key(kind: .organization, id: id)
        if findings.entities[key] == nil, let org = extractor.knowledge.organizations[id] {
            var entity = Findings.Entity(key: key, name: org.name)
            entity.alternateNames = Set(org.otherNames)
            entity.acronym = org.acronym
            entity.parent = org.parent
            entity.wikidata = org.wikidata?.value
            findings.entities[key] = entity
        }
        return key
    }

    /// The entity a gazetteer entry stands for.
    mutating func ensure(_ entry: Gazetteer.Entry) -> Findings.Key {
        switch entry {
        case .state(let id), .stateAdjective(let id): ensureState(id)
        case .organization(let id): ensureOrganization(id)
        }
    }

    /// The OSCE Chairmanship of a year, named after the state that held it.
    mutating func ensureChairmanship(year: Int) -> Findings.Key? {
        guard let stateID = extractor.knowledge.chairmanships[year], let state = extractor.knowledge.states[stateID] else { return nil }
        let key = Findings.Key(kind: .organization, id: "osce-chairmanship-\(year)")
        if findings.entities[key] == nil {
            let body = year < 1995 ? "CSCE" : "OSCE"
            var entity = Findings.Entity(key: key, name: "\(state.name)’s \(year) \(body) Chairmanship")
            var names: Set<String> = ["\(state.name)’s \(body) Chairmanship", "\(year) \(body) Chairmanship", "\(body) Chairmanship \(year)"]
            // The shortest adjective is the adjective proper ("Spanish", not "Spaniards").
            for adjective in state.adjectives.sorted(by: { ($0.count, $0) < ($1.count, $1) }).prefix(1) { names.insert("\(adjective) \(body) Chairmanship") }
            entity.alternateNames = names
            entity.parent = year < 1995 ? "csce" : "osce"
            entity.state = stateID
            entity.chairmanshipYear = year
            findings.entities[key] = entity
        }
        return key
    }

    /// The year a state held the Chairmanship nearest to the release's year.
    func chairmanshipYear(of stateID: String?) -> Int? {
        guard let stateID else { return year }
        let years = extractor.knowledge.chairmanships.filter { $0.value == stateID }.map(\.key)
        guard let year else { return years.max() }
        if years.contains(year) { return year }
        return years.min { abs($0 - year) < abs($1 - year) }
    }

    // MARK: States, known organizations, chairmanships

    mutating func readKnownNames() {
        var i = 0
        while i < tokens.count {
            if let (key, length) = chairmanship(at: i) {
                tag(i, i + length, .entity(key))
                mention(key, i, i + length)
                i += length
                continue
            }
            guard let (entry, length) = extractor.gazetteer.match(tokens, at: i) else { i += 1; continue }
            var end = i + length
            let key = ensure(entry)
            if end < tokens.count, tokens[end].kind == .possessive { end += 1 }
            tag(i, end, .entity(key))
            mention(key, i, i + length)
            i = end
        }
    }

    /// "Serbia’s 2015 OSCE Chairmanship", "the Irish OSCE Chairmanship", "OSCE Chairmanship".
    mutating func chairmanship(at i: Int) -> (Findings.Key, Int)? {
        // Most tokens start no chairmanship: look for "OSCE Chairmanship" a few tokens on first.
        guard (i..<min(tokens.count, i + 8)).contains(where: { k in
            let word = tokens[k].key
            return (word == "chairmanship" || word == "chairpersonship" || word == "chairmanships" || word == "chairpersonships")
                && k > i && (key(k - 1) == "osce" || key(k - 1) == "csce")
        }) else { return nil }
        var j = i
        var stateID: String? = nil
        if key(j) == "the" { j += 1 }
        if let (entry, length) = extractor.gazetteer.match(tokens, at: j) {
            switch entry {
            case .state(let id), .stateAdjective(let id):
                stateID = id
                j += length
                if j < tokens.count, tokens[j].kind == .possessive { j += 1 }
            case .organization: break
            }
        }
        var explicitYear: Int? = nil
        if j < tokens.count, tokens[j].kind == .number, let y = Int(tokens[j].text), (1990...2100).contains(y) {
            explicitYear = y
            j += 1
        }
        guard key(j) == "osce" || key(j) == "csce",
              ["chairmanship", "chairpersonship", "chairmanships", "chairpersonships"].contains(key(j + 1))
        else { return nil }
        j += 2
        guard let year = explicitYear ?? chairmanshipYear(of: stateID), let key = ensureChairmanship(year: year) else { return nil }
        var start = i
        if self.key(i) == "the" { start += 1 }
        if let stateID, start < j {
            let stateKey = ensureState(stateID)
            var stateEnd = start + 1
            while stateEnd < j, extractor.gazetteer.match(tokens, at: start).map({ start + $0.length > stateEnd }) ?? false { stateEnd += 1 }
            mention(stateKey, start, stateEnd)
        }
        let surface = AnnotatedRelease.droppingThe(text(start, j))
        findings.entities[key]?.alternateNames.insert(surface)
        if start > i { tags[i] = nil }
        return (key, j - i)
    }

    // MARK: People and roles

    func isTitleWord(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isCapitalized else { return false }
        return extractor.knowledge.titleHeads.contains(tokens[i].text) || extractor.knowledge.titleModifiers.contains(tokens[i].text)
    }

    func isTitleHead(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isCapitalized && extractor.knowledge.titleHeads.contains(tokens[i].text)
    }

    func isHonorific(_ i: Int) -> Bool { i >= 0 && i < tokens.count && extractor.knowledge.honorifics.contains(tokens[i].text) }

    func isSpeechVerb(_ i: Int) -> Bool { i >= 0 && i < tokens.count && extractor.knowledge.speechVerbs.contains(tokens[i].key) }

    func isNameWord(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tags[i] == nil else { return false }
        let t = tokens[i]
        guard t.isCapitalized, !extractor.notNames.contains(t.key), !isHonorific(i) else { return false }
        if t.text.count > 1, t.isAllCaps { return false }
        if t.text.hasSuffix("."), t.text.count > 2 { return false }
        return true
    }

    func isParticle(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tags[i] == nil && extractor.particles.contains(tokens[i].text) }

    mutating func readPeople() {
        var i = 0
        while i < tokens.count {
            guard isNameWord(i) else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, end - i < 6 {
                if isNameWord(end), sameSentence(end, i) { end += 1; continue }
                if isParticle(end), isNameWord(end + 1) || isParticle(end + 1) { end += 1; continue }
                break
            }
            let words = (i..<end).filter { !isParticle($0) }.count
            guard words >= 2, let person = acceptPerson(i, end) else { i = end; continue }
            i = person
        }
    }

    /// Checks the cues around a run of name words; on success records the person and roles, and returns
    /// the index to go on from.
    mutating func acceptPerson(_ a: Int, _ b: Int) -> Int? {
        var cue = false
        var titleBefore: (Int, Int)? = nil
        // Title or honorific right before the name, maybe with a comma between ("Minister for X, Jane Doe").
        var before = a - 1
        // An honorific, unless it ends a title ("Secretary General Jane Doe").
        while isHonorific(before), sameSentence(before, a), !(isTitleWord(before) && isTitleWord(before - 1)) {
            cue = true
            before -= 1
        }
        if word(before) == ",", sameSentence(before, a) { before -= 1 }
        if sameSentence(before, a), isTitleWord(before) || (tokens.indices.contains(before) && tokens[before].isCapitalized && tags[before] == nil) {
            if let range = titleSpan(endingAt: before) {
                titleBefore = range
                cue = true
            }
        }
        if isSpeechVerb(a - 1) || isSpeechVerb(b) { cue = true }
        var appositionStart: Int? = nil
        if word(b) == ",", sameSentence(b, a) {
            var k = b + 1
            if ["the", "a", "an"].contains(key(k)) { k += 1 }
            var window = k
            while window < min(tokens.count, k + 6), sameSentence(window, a), word(window) != "," {
                if isTitleHead(window) { appositionStart = b + 1; cue = true; break }
                window += 1
            }
        }
        guard cue else { return nil }
        let runKeys = (a..<b).map { tokens[$0].key }.filter { !extractor.particles.contains($0) }
        if let (known, _) = personNames.first(where: { _, name in name.last == runKeys.last && Set(runKeys).isSubset(of: Set(name)) }),
           text(a, b) != findings.entities[known]?.name {
            tag(a, b, .name(known))
            mention(known, a, b)
            let alias = text(a, b)
            findings.entities[known]?.alternateNames.insert(alias)
            if isSpeechVerb(a - 1) || isSpeechVerb(b) { speakers.append((known, speechSpan(a, b))) }
            return b
        }
        let name = text(a, b)
        let person = Findings.Key(kind: .person, id: Slug.make(name))
        if findings.entities[person] == nil { findings.entities[person] = Findings.Entity(key: person, name: name) }
        personNames[person] = (a..<b).filter { !isParticle($0) }.map { tokens[$0].key }
        tag(a, b, .name(person))
        mention(person, a, b)
        if isSpeechVerb(a - 1) || isSpeechVerb(b) { speakers.append((person, speechSpan(a, b))) }
        var next = b
        if let (from, to) = titleBefore {
            next = max(next, readRoles(person, from: from, limit: to, after: b))
        }
        if let start = appositionStart {
            var end = start
            while end < tokens.count, sameSentence(end, a), word(end) != "," {
                if isSpeechVerb(end) { break }
                end += 1
            }
            next = max(next, readRoles(person, from: start, limit: end, after: end))
        }
        return next
    }

    /// The name at `a..<b` with the speech verb next to it: "Jane Doe said", "said Jane Doe".
    func speechSpan(_ a: Int, _ b: Int) -> Findings.Span {
        isSpeechVerb(b) ? span(a, b + 1) : span(max(0, a - 1), b)
    }

    /// The title that ends at `last` (inclusive), read backwards: capitalized words and title connectors,
    /// back to a comma, a lower-case word or the start of the sentence.
    func titleSpan(endingAt last: Int) -> (Int, Int)? {
        var start = last
        var sawHead = isTitleHead(last)
        while start - 1 >= 0, sameSentence(start - 1, last), last - start < 12 {
            let p = start - 1
            let t = tokens[p]
            if t.kind == .possessive || t.isCapitalized || (["of", "for", "to", "on", "the", "and"].contains(t.key) && tokens[start].isCapitalized) {
                if case .name? = tags[p] { break }
                start = p
                if isTitleHead(p) { sawHead = true }
                continue
            }
            break
        }
        while start <= last, ["of", "for", "to", "on", "the", "and"].contains(key(start)) { start += 1 }
        guard sawHead, start <= last else { return nil }
        return (start, last + 1)
    }

    /// Reads one or more titles with their affiliation from `from` up to `limit`, and records the roles.
    @discardableResult
    mutating func readRoles(_ person: Findings.Key, from: Int, limit: Int, after: Int) -> Int {
        var titles: [(Int, [String])] = []
        var organization: Findings.Key? = nil
        var state: Findings.Key? = nil
        var i = from
        func noteAffiliation(_ key: Findings.Key) {
            if key.kind == .state { state = state ?? key } else { organization = organization ?? key }
            if let entity = findings.entities[key], let s = entity.state { state = state ?? Findings.Key(kind: .state, id: s) }
        }
        while i < limit {
            if ["the", "a", "an"].contains(key(i)) { i += 1; continue }
            // An affiliation before the title: "OSCE", "Afghanistan’s", "Kazakh".
            if let tagKey = entityTag(i), titles.isEmpty || titles.last!.1.isEmpty {
                noteAffiliation(tagKey)
                i = extent(i).1
                continue
            }
            guard tokens[i].isCapitalized, tags[i] == nil || tags[i] == .title else { break }
            var words: [String] = []
            let start = i
            while i < limit, tokens[i].isCapitalized, tags[i] == nil || tags[i] == .title {
                words.append(tokens[i].text)
                i += 1
            }
            guard (start..<i).contains(where: isTitleHead) else { i = start; break }
            // Continuations: "for Border Affairs", "of Programmes to Counter …", "to the OSCE Secretary General".
            while i < limit, ["of", "for", "to", "on", "at", "in", "with"].contains(key(i)) {
                var k = i + 1
                let determiner = key(k) == "the"
                if determiner { k += 1 }
                guard k < limit else { break }
                if let tagKey = entityTag(k) {
                    let (_, afterEntity) = extent(k)
                    // "to the OSCE Secretary General": the title goes on after the organization.
                    if afterEntity < limit, isTitleHead(afterEntity) || isTitleWord(afterEntity), tagKey.kind == .organization {
                        var m = afterEntity
                        var rest: [String] = []
                        while m < limit, tokens[m].isCapitalized, tags[m] == nil { rest.append(tokens[m].text); m += 1 }
                        words += [tokens[i].text] + (determiner ? ["the"] : []) + rest
                        noteAffiliation(tagKey)
                        tag(afterEntity, m, .title)
                        i = m
                        continue
                    }
                    noteAffiliation(tagKey)
                    // "Deputy Director of Latvia’s State Border Guard …": an organization after the state.
                    if tagKey.kind == .state, afterEntity < limit, tokens[afterEntity].isCapitalized, tags[afterEntity] == nil,
                       let org = readOrganizationPhrase(from: k, limit: limit) {
                        organization = organization ?? org.key
                        i = org.end
                    } else if let org = readOrganizationPhrase(from: k, limit: limit), org.key != tagKey, org.end > afterEntity {
                        organization = organization ?? org.key
                        i = org.end
                    } else {
                        i = afterEntity
                    }
                    break
                }
                if determiner || key(i) == "at" || key(i) == "with" {
                    if let org = readOrganizationPhrase(from: k, limit: limit) {
                        noteAffiliation(org.key)
                        i = org.end
                    }
                    break
                }
                guard tokens[k].isCapitalized, tags[k] == nil else { break }
                words.append(tokens[i].text)
                i += 1
                while i < limit, tokens[i].isCapitalized, tags[i] == nil {
                    words.append(tokens[i].text)
                    i += 1
                }
            }
            titles.append((start, words))
            tag(start, min(i, limit), .title)
            if key(i) == "and", i + 1 < limit, tokens[i + 1].isCapitalized { i += 1; continue }
            break
        }
        var actingFor: Findings.Key? = nil
        if organization == nil && state == nil {
            // "…, speaking on behalf of Serbia’s 2015 OSCE Chairmanship": the person acts for that body. A
            // chairmanship is held by a state, whose official the person is; a state is itself the affiliation.
            var k = after
            while k + 3 < tokens.count, sameSentence(k, from) {
                if key(k) == "on", key(k + 1) == "behalf", key(k + 2) == "of" {
                    var m = k + 3
                    if key(m) == "the" { m += 1 }
                    if let tagKey = entityTag(m) {
                        if tagKey.kind == .organization, let s = findings.entities[tagKey]?.state {
                            state = Findings.Key(kind: .state, id: s)
                            actingFor = tagKey
                        } else {
                            noteAffiliation(tagKey)
                        }
                    }
                    break
                }
                k += 1
            }
        }
        let holder = organization ?? state
        for (start, words) in titles where !words.isEmpty {
            var title = words.joined(separator: " ")
            title = title.replacingOccurrences(of: " the the ", with: " the ")
            findings.roles.append(Findings.Role(
                person: person, title: title, organization: holder, state: state, actingFor: actingFor,
                span: span(start, min(max(i, start + 1), tokens.count))))
        }
        return max(i, from)
    }

    /// An organization named by the shape of its phrase: "State Agency for Drug Control",
    /// "Estonian Interior Ministry", "Polish Permanent Mission to the United Nations in Geneva".
    mutating func readOrganizationPhrase(from: Int, limit: Int, requireHead: Bool = false) -> (key: Findings.Key, end: Int)? {
        var i = from
        if key(i) == "the" { i += 1 }
        var stateID: String? = nil
        var nameStart = i
        var possessiveForm: String? = nil
        if let tagKey = entityTag(i), tagKey.kind == .state {
            let (_, after) = extent(i)
            stateID = tagKey.id
            if tokens[after - 1].kind == .possessive {
                possessiveForm = text(i, after)
                nameStart = after
            }
            i = after
        } else if let tagKey = entityTag(i), tagKey.kind == .organization {
            return nil
        }
        var end = i
        var k = i
        while k < limit, k < tokens.count {
            if tokens[k].isCapitalized, tags[k] == nil || entityTag(k)?.kind == .state {
                k += 1
                end = k
                continue
            }
            if ["of", "on", "for", "to", "in", "and", "the", "&"].contains(key(k)), k + 1 < limit,
               tokens[k + 1].isCapitalized || key(k + 1) == "the" {
                k += 1
                continue
            }
            break
        }
        guard end > nameStart else { return nil }
        let hasHead = (nameStart..<end).contains { extractor.knowledge.organizationHeads.contains(tokens[$0].text) }
        if requireHead && !hasHead { return nil }
        guard end - nameStart >= 2 || (!hasHead && tokens[nameStart].isAllCaps) else { return nil }
        let name = text(nameStart, end)
        if let (entry, length) = extractor.gazetteer.match(tokens, at: nameStart), length == end - nameStart, case .organization(let id) = entry {
            let key = ensureOrganization(id)
            tag(nameStart, end, .entity(key))
            mention(key, nameStart, end)
            return (key, end)
        }
        let key = Findings.Key(kind: .organization, id: Slug.make(name))
        if findings.entities[key] == nil {
            var entity = Findings.Entity(key: key, name: name)
            entity.state = stateID
            findings.entities[key] = entity
        }
        if let possessiveForm { findings.entities[key]?.alternateNames.insert(possessiveForm + " " + name) }
        tag(nameStart, end, .entity(key))
        mention(key, nameStart, end)
        return (key, end)
    }

    /// Later mentions of a person by part of the name ("Petrova said", "Van der Berg said").
    mutating func readAliases() {
        guard !personNames.isEmpty else { return }
        var i = 0
        while i < tokens.count {
            guard tags[i] == nil, tokens[i].isCapitalized else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, end - i < 3, tags[end] == nil, tokens[end].isCapitalized, sameSentence(i, end) { end += 1 }
            var matched = false
            for length in stride(from: end - i, through: 1, by: -1) {
                let run = (i..<(i + length)).map { tokens[$0].key }.filter { !extractor.particles.contains($0) }
                guard let last = run.last, last.count >= 3 else { continue }
                let owners = personNames.filter { _, name in name.last == last || (run.count == 1 && name.contains(last)) }
                    .filter { _, name in Set(run).isSubset(of: Set(name)) }
                if owners.count == 1, let person = owners.first?.key {
                    tag(i, i + length, .name(person))
                    mention(person, i, i + length)
                    let alias = text(i, i + length)
                    if alias != findings.entities[person]?.name { findings.entities[person]?.alternateNames.insert(alias) }
                    if isSpeechVerb(i + length) || isSpeechVerb(i - 1) { speakers.append((person, speechSpan(i, i + length))) }
                    i += length
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
    }

    /// Organizations not in the knowledge files, by a head noun ("Ministry", "Committee", …).
    mutating func readUnknownOrganizations() {
        var i = 0
        while i < tokens.count {
            guard tags[i] == nil || entityTag(i)?.kind == .state, tokens[i].isCapitalized else { i += 1; continue }
            var end = i
            while end < tokens.count, sameSentence(i, end), tokens[end].isCapitalized || ["of", "on", "for", "and"].contains(key(end)),
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

    // MARK: Metadata, headline

    /// The `Source:` metadata names the bodies that issued the release.
    mutating func readSources() {
        for source in release.sources {
            let sourceTokens = extractor.tokenizer.tokens(of: source)
            var key: Findings.Key? = nil
            if sourceTokens.count == 2, ["osce"].contains(sourceTokens[0].key),
               ["chairpersonship", "chairmanship"].contains(sourceTokens[1].key), let year {
                key = ensureChairmanship(year: year)
            } else if let (entry, length) = extractor.gazetteer.match(sourceTokens, at: 0), length == sourceTokens.count,
                      case .organization(let id) = entry {
                key = ensureOrganization(id)
            }
            let resolved = key ?? {
                let k = Findings.Key(kind: .organization, id: Slug.make(source))
                if findings.entities[k] == nil { findings.entities[k] = Findings.Entity(key: k, name: source) }
                return k
            }()
            if let entity = findings.entities[resolved], entity.name != source { findings.entities[resolved]?.alternateNames.insert(source) }
            findings.sources.append(resolved)
            let offset = metadataOffset(of: source)
            findings.mentions.append(Findings.Mention(key: resolved, span: Findings.Span(start: offset, end: offset + source.unicodeScalars.count, text: source)))
        }
    }

    func metadataOffset(of text: String) -> Int {
        let scalars = Array(release.text.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty, scalars.count >= needle.count else { return 0 }
        let end = min(release.bodyOffset, scalars.count) - needle.count
        guard end >= 0 else { return 0 }
        for start in stride(from: end, through: 0, by: -1) where scalars[start] == needle[0] {
            if Array(scalars[start..<(start + needle.count)]) == needle { return start }
        }
        return 0
    }

    /// Known organizations and states named in the headline.
    mutating func readHeadline() {
        let headTokens = extractor.tokenizer.tokens(of: release.headline)
        let offset = metadataOffset(of: release.headline)
        var i = 0
        while i < headTokens.count {
            guard let (entry, length) = extractor.gazetteer.match(headTokens, at: i) else { i += 1; continue }
            let key = ensure(entry)
            let a = headTokens[i].start, b = headTokens[i + length - 1].end
            let surface = String(String.UnicodeScalarView(Array(release.headline.unicodeScalars)[a..<b]))
            findings.mentions.append(Findings.Mention(key: key, span: Findings.Span(start: offset + a, end: offset + b, text: surface)))
            i += length
        }
    }

    // MARK: Quotations

    mutating func readQuotations() {
        var i = 0
        var lastPerson: Findings.Key? = nil
        var personAt: [Int: Findings.Key] = [:]
        for (index, tag) in tags.enumerated() { if case .name(let p)? = tag { personAt[index] = p } }
        while i < tokens.count {
            if let p = personAt[i] { lastPerson = p }
            guard tokens[i].kind == .quote else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, tokens[j].kind != .quote { j += 1 }
            guard j < tokens.count, j > i + 1 else { i += 1; continue }
            // The speaker: a person named within a few tokens after the closing quote, or before the opening
            // one in the same sentence, or the last person named ("he said").
            var speaker: Findings.Key? = nil
            for k in (j + 1)..<min(tokens.count, j + 6) where speaker == nil && sameSentence(k, j) { speaker = personAt[k] }
            if speaker == nil {
                for k in stride(from: i - 1, through: max(0, i - 40), by: -1) where speaker == nil && sameSentence(k, i) {
                    speaker = personAt[k]
                }
            }
            let pronoun = (j + 1..<min(tokens.count, j + 4)).contains { ["he", "she"].contains(key($0)) }
                || (i > 0 && (max(0, i - 4)..<i).contains { ["he", "she"].contains(key($0)) })
            if speaker == nil, pronoun { speaker = lastPerson }
            for k in i..<j { if let p = personAt[k] { lastPerson = p } }
            if let speaker {
                let quoted = span(i + 1, j)
                findings.quotations.append(Findings.Quotation(speaker: speaker, text: quoted.text, span: quoted))
                speakers.append((speaker, quoted))
                lastPerson = speaker
            }
            i = j + 1
        }
    }

    // MARK: The event

    mutating func readEvent() {
        let auxiliaries: Set<String> = ["are", "is", "were", "was", "be", "been", "will", "to", "while", "when"]
        func isEventNoun(_ i: Int) -> Bool {
            extractor.knowledge.eventNouns.contains(tokens[i].key) && !auxiliaries.contains(key(i - 1))
        }
        guard let noun = tokens.indices.first(where: { isEventNoun($0) && tokens[$0].key != "event" })
            ?? tokens.indices.first(where: isEventNoun)
        else { return }
        let type = tokens[noun].key == "roundtable" ? "roundtable" : tokens[noun].key.lowercased()
        // The label: the best-described mention of the event noun, with its modifiers and an "on …" phrase.
        let (from, to) = tokens.indices.filter { tokens[$0].key == tokens[noun].key && isEventNoun($0) }
            .map(labelRange(noun:))
            .max { a, b in labelScore(a) < labelScore(b) || (labelScore(a) == labelScore(b) && a.0 > b.0) }
            ?? labelRange(noun: noun)
        let yesterday = (noun..<min(tokens.count, noun + 30)).contains { key($0) == "yesterday" && sameSentence($0, noun) }
        let start: CalendarDate? = release.datePublished.map { yesterday ? $0.adding(days: -1) : $0 }
        var end = start
        if let start {
            if let days = durationInDays() { end = start.adding(days: days - 1) }
            let tomorrow = tokens.indices.contains { key($0) == "tomorrow" && ["concludes", "ends", "closes", "continues", "conclude", "end", "close"].contains(key($0 - 1)) }
            if tomorrow, let release = release.datePublished { end = max(end ?? start, release.adding(days: 1)) }
        }
        let place = release.place
        let id = Slug.make([type, start?.iso8601 ?? "undated", place ?? ""].joined(separator: " "))
        let eventKey = Findings.Key(kind: .event, id: id)
        var label = text(from, to)
        if label.first?.isLowercase == true { label = label.prefix(1).uppercased() + label.dropFirst() }
        var event = Findings.Event(key: eventKey, type: type, label: label, start: start, end: end, place: place, span: span(from, to))
        readOrganizers(into: &event, noun: noun, from: from)
        let funders = entitiesAfter(cues: [["financed", "by"], ["funded", "by"], ["sponsored", "by"], ["financial", "support", "of"],
                                           ["financial", "support", "from"], ["contributions", "from"], ["contributions", "of"],
                                           ["funding", "from"], ["funding", "of"], ["made", "possible", "by"]], kinds: [.state, .organization])
        event.funders = funders.map(\.key)
        event.statements += funders.map { .init(relation: .funder, object: $0.key, span: $0.span) }
        if let (count, at) = participantCount() {
            event.participantCount = count
            event.participantCountSpan = at
        }
        event.precedents = readPrecedents()
        var seen = Set<Findings.Key>()
        for (speaker, at) in speakers where seen.insert(speaker).inserted {
            event.speakers.append(speaker)
            event.statements.append(.init(relation: .speaker, object: speaker, span: at))
        }
        findings.entities[eventKey] = Findings.Entity(key: eventKey, name: label)
        findings.mentions.append(Findings.Mention(key: eventKey, span: event.span))
        findings.events.append(event)
    }

    /// The decisions or earlier events the release says the event follows: "The meeting followed a November
    /// 2013 decision by the OSCE Permanent Council", "the workshop builds on the 2012 Dushanbe conference",
    /// "held pursuant to Ministerial Council Decision No. 5/09".
    func readPrecedents() -> [Findings.Precedent] {
        let eventNouns = extractor.knowledge.eventNouns, documentNouns = extractor.knowledge.documentNouns
        // Cues, and whether the event (its noun, or "it") must be the subject right before them.
        let cues: [(words: [String], needsSubject: Bool)] = [
            (["followed"], true), (["follows"], true), (["builds", "on"], true), (["built", "on"], true),
            (["follow-up", "to"], false), (["follow-up", "of"], false), (["pursuant", "to"], false),
            (["mandated", "by"], false), (["in", "line", "with"], false), (["in", "accordance", "with"], false),
            (["implementing"], false), (["as", "tasked", "by"], false),
        ]
        var found: [Findings.Precedent] = []
        for i in tokens.indices {
            guard let cue = cues.first(where: { c in (0..<c.words.count).allSatisfy { key(i + $0) == c.words[$0] } }) else { continue }
            if cue.needsSubject {
                let subject = (max(0, i - 4)..<i).contains { k in
                    sameSentence(k, i) && (eventNouns.contains(tokens[k].key) || ["it", "this"].contains(key(k)))
                }
                guard subject else { continue }
            }
            var a = i + cue.words.count
            while ["a", "an", "the", "its", "their"].contains(key(a)) { a += 1 }
            var b = a
            var head: Int? = nil
            while b < tokens.count, b - a < 16, sameSentence(a, b), tokens[b].kind != .quote {
                if word(b) == "," || word(b) == ";" || word(b) == "(" { break }
                if ["which", "that", "where", "and", "to", "while", "who"].contains(key(b)), head != nil { break }
                if head == nil, eventNouns.contains(tokens[b].key) || documentNouns.contains(tokens[b].key) { head = b }
                b += 1
            }
            while b > a, [".", "!", "?"].contains(word(b - 1)) { b -= 1 }
            guard let head, b > a, head < b else { continue }
            // A known organization after the head says who issued or held it ("by the OSCE Permanent Council").
            var creator: Findings.Key? = nil
            for k in head..<b { if let tagKey = entityTag(k), tagKey.kind == .organization { creator = tagKey; break } }
            var year: Int? = nil, month: Int? = nil
            for k in a..<b {
                if tokens[k].kind == .number, let n = Int(tokens[k].text), (1900...2100).contains(n) { year = year ?? n }
                if tokens[k].isCapitalized, let m = CalendarDate.month(named: tokens[k].text), tokens[k].text.count > 3 { month = month ?? m }
            }
            if year == nil { month = nil }
            let named = span(a, b)
            var name = named.text
            if name.first?.isLowercase == true { name = name.prefix(1).uppercased() + name.dropFirst() }
            let kind: Findings.Precedent.Kind = eventNouns.contains(tokens[head].key) ? .event : .document
            let precedent = Findings.Precedent(kind: kind, name: name, year: year, month: month, creator: creator, span: span(i, b))
            if !found.contains(where: { $0.name == name }) { found.append(precedent) }
        }
        return found
    }

    /// The words that name the event at one mention of its noun: modifiers before it ("OSCE expert", "annual
    /// regional") and an "on …" phrase after it, without a leading duration ("two-day").
    func labelRange(noun: Int) -> (Int, Int) {
        let stop: Set<String> = ["a", "an", "the", "in", "at", "to", "of", "by", "and", "that", "this", "is", "was", "its", "their", "over", "for", "during"]
        var from = noun
        while from - 1 >= 0, sameSentence(from - 1, noun), tokens[from - 1].kind == .word || tokens[from - 1].kind == .number,
              !stop.contains(key(from - 1)),
              tokens[from - 1].isCapitalized || tokens[from - 1].text.contains("-") || tokens[from - 1].kind == .number
                || ["expert", "experts", "international", "regional", "high-level", "annual"].contains(key(from - 1)) {
            from -= 1
        }
        // Lower-case modifiers between a determiner and the noun: "the OSCE-wide drugs conference".
        var k = from
        while k - 1 >= 0, noun - (k - 1) <= 4, sameSentence(k - 1, noun), tokens[k - 1].kind == .word, !stop.contains(key(k - 1)),
              !extractor.knowledge.speechVerbs.contains(key(k - 1)), !key(k - 1).hasSuffix("ed"), !key(k - 1).hasSuffix("ing") {
            k -= 1
        }
        if k < from, ["the", "a", "an"].contains(key(k - 1)) { from = k }
        // A leading duration tells how long, not which: "two-day", "one-and-a-half day".
        while from < noun {
            let lower = word(from).lowercased()
            guard lower.hasSuffix("-day") || lower.hasSuffix("-days") || lower.hasSuffix("-and-a-half") || lower == "day" else { break }
            from += 1
        }
        var to = noun + 1
        if ["on", "against", "about"].contains(key(to)) {
            var k = to + 1
            while k < tokens.count, k - to < 10, sameSentence(k, noun), tokens[k].kind == .word || tokens[k].kind == .number,
                  !["organized", "organised", "that", "which", "said", "started", "began", "opened", "is", "was", "will"].contains(key(k)) {
                k += 1
            }
            to = k
        }
        return (from, to)
    }

    /// How well a label range names the event: its length, and more for capitalized words (names, acronyms).
    func labelScore(_ range: (Int, Int)) -> Int {
        (range.0..<range.1).reduce(0) { $0 + 1 + (tokens[$1].isCapitalized ? 1 : 0) }
    }

    func durationInDays() -> Int? {
        let numbers = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]
        for t in tokens where (t.kind == .word || t.kind == .number) && (t.text.utf8.contains(0x2D) || t.key == "one") {
            let lower = t.text.lowercased()
            if lower.hasPrefix("one-and-a-half") || lower.hasPrefix("one and a half") { return 2 }
            guard lower.hasSuffix("-day") else { continue }
            let head = String(lower.dropLast(4))
            if let n = numbers[head] ?? Int(head) { return n }
            if head.hasSuffix("-and-a-half"), let n = numbers[String(head.dropLast(11))] { return n + 1 }
        }
        return nil
    }

    /// Organizers and partners, from the sentence that says who organized the event.
    mutating func readOrganizers(into event: inout Findings.Event, noun: Int, from: Int) {
        let verbs: Set<String> = ["organized", "organised", "coorganized", "coorganised", "hosted", "convened", "organizes", "organises"]
        let partnerCues: [[String]] = [["cooperation", "with"], ["coordination", "with"], ["support", "of"], ["support", "from"],
                                       ["partnership", "with"], ["together", "with"], ["assistance", "of"], ["assistance", "from"],
                                       ["jointly", "with"], ["collaboration", "with"]]
        func cueLength(at k: Int) -> Int? {
            for cue in partnerCues where (0..<cue.count).allSatisfy({ key(k + $0) == cue[$0] }) { return cue.count }
            return nil
        }
        var organizers: [Findings.Key] = []
        var partners: [Findings.Key] = []
        var stated: [Findings.Key: Findings.Span] = [:]
        func add(_ key: Findings.Key, to list: inout [Findings.Key], _ from: Int, _ to: Int) {
            guard key.kind == .organization || key.kind == .state, !list.contains(key) else { return }
            list.append(key)
            if stated[key] == nil { stated[key] = span(from, to) }
        }
        for v in tokens.indices where verbs.contains(tokens[v].key) {
            // Skip "OSCE-organized" style modifiers: the verb must stand alone.
            let sentence = tokens[v].sentence
            let sentenceStart = tokens.firstIndex { $0.sentence == sentence } ?? v
            let sentenceEnd = tokens.lastIndex { $0.sentence == sentence }.map { $0 + 1 } ?? tokens.count
            var target = 0  // 0: organizers, 1: partners
            var k = v + 1
            if key(k) == "jointly" { k += 1 }
            if key(k) == "by" {
                k += 1
            } else {
                // The subject before the verb organized it: the nearest organization or chairmanship.
                var s = v - 1
                while s >= sentenceStart {
                    if let tagKey = entityTag(s), tagKey.kind == .organization { add(tagKey, to: &organizers, extent(s).0, v + 1); break }
                    s -= 1
                }
            }
            while k < sentenceEnd {
                if let length = cueLength(at: k) { target = 1; k += length; continue }
                if let tagKey = entityTag(k) {
                    // "the Department of the OSCE Secretariat": an organization after "of" that follows
                    // another one only says where the first belongs.
                    let ofAt = key(k - 1) == "of" ? k - 1 : (key(k - 1) == "the" && key(k - 2) == "of" ? k - 2 : nil)
                    let qualifies = ofAt.map { entityTag($0 - 1) != nil } ?? false
                    if !qualifies {
                        if target == 0 {
                            add(tagKey, to: &organizers, v, extent(k).1)
                        } else {
                            add(tagKey, to: &partners, v, extent(k).1)
                        }
                    }
                    k = extent(k).1
                    continue
                }
                if word(k) == ",", entityTag(k + 1) == nil, !(key(k + 1) == "the" && entityTag(k + 2) != nil), cueLength(at: k + 1) == nil,
                   !(key(k + 1) == "in" && cueLength(at: k + 2) != nil) {
                    break
                }
                k += 1
            }
        }
        if organizers.isEmpty {
            // "an OSCE Chairmanship seminar": the organizer named right before the event noun.
            var k = noun - 1
            while k >= max(0, noun - 4), sameSentence(k, noun) {
                if let tagKey = entityTag(k), tagKey.kind == .organization { add(tagKey, to: &organizers, extent(k).0, noun + 1); break }
                k -= 1
            }
        }
        event.organizers = organizers
        event.partners = partners.filter { !organizers.contains($0) }
        for key in event.organizers { if let at = stated[key] { event.statements.append(.init(relation: .organizer, object: key, span: at)) } }
        for key in event.partners { if let at = stated[key] { event.statements.append(.init(relation: .partner, object: key, span: at)) } }
    }

    /// The entities of the given kinds named after a cue in the same sentence, each with the text from the cue
    /// to its name.
    func entitiesAfter(cues: [[String]], kinds: Set<Findings.Key.Kind>) -> [(key: Findings.Key, span: Findings.Span)] {
        var found: [(key: Findings.Key, span: Findings.Span)] = []
        for i in tokens.indices {
            guard let cue = cues.first(where: { c in (0..<c.count).allSatisfy { key(i + $0) == c[$0] } }) else { continue }
            var k = i + cue.count
            while k < tokens.count, sameSentence(k, i) {
                if let tagKey = entityTag(k), kinds.contains(tagKey.kind), !found.contains(where: { $0.key == tagKey }) {
                    found.append((tagKey, span(i, extent(k).1)))
                }
                k += 1
            }
        }
        return found
    }

    /// The number of participants, with the text that states it ("more than 150 experts").
    func participantCount() -> (Int, Findings.Span)? {
        let quantifiers: Set<String> = ["more", "over", "some", "about", "around", "nearly", "almost", "approximately"]
        let people: Set<String> = ["participants", "experts", "representatives", "officials", "delegates", "practitioners", "officers", "specialists", "people"]
        for i in tokens.indices where tokens[i].kind == .number {
            guard let n = Int(tokens[i].text.replacingOccurrences(of: ",", with: "")), n > 1, n < 100_000, !(1900...2100).contains(n) else { continue }
            let before = (max(0, i - 3)..<i).contains { quantifiers.contains(key($0)) }
            let after = (i + 1..<min(tokens.count, i + 6)).contains { people.contains(key($0)) }
            if after && (before || (max(0, i - 4)..<i).contains { ["together", "gathered", "brings", "bring", "attended"].contains(key($0)) }) {
                let first = (max(0, i - 3)..<i).first { quantifiers.contains(key($0)) } ?? i
                let last = (i + 1..<min(tokens.count, i + 6)).first { people.contains(key($0)) } ?? i
                return (n, span(first, last + 1))
            }
        }
        return nil
    }
}

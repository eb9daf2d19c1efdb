/// Finds the known states and organizations of `Knowledge` in token sequences, longest match first.
struct Gazetteer: Sendable {
    enum Entry: Hashable, Sendable {
        /// A state by name ("Norway", "the Russian Federation").
        case state(String)
        /// A state by adjective or demonym ("Spanish", "Afghans").
        case stateAdjective(String)
        case organization(String)
    }

    /// The names of two words or more as a trie of token keys: one lookup per word read, and none past the
    /// first at most tokens.
    private var names = NameTrie<Entry>([])
    /// Single-word entries must match with the case they are written in ("US" is not "us", "Chad" not "chad").
    private var exactSingles = WordTable<Entry>([:])
    /// The first bytes of the single-word entries and of the keys that start a longer name: a word that
    /// starts with no such byte is looked up in neither (most words of a text).
    private var singleFirstBytes = ByteSet(), nameFirstBytes = ByteSet()

    init(knowledge: Knowledge, tokenizer: Tokenizer) {
        var singles: [String: Entry] = [:]
        var longer: [(words: [String], value: Entry)] = []
        func add(_ name: String, _ entry: Entry) {
            let tokens = tokenizer.tokens(of: name)
            guard !tokens.isEmpty else { return }
            if tokens.count == 1 {
                if singles[tokens[0].text] == nil { singles[tokens[0].text] = entry }
                if let byte = tokens[0].text.utf8.first { singleFirstBytes.insert(byte) }
                return
            }
            longer.append((tokens.map(\.key), entry))
            if let byte = tokens[0].key.utf8.first { nameFirstBytes.insert(byte) }
        }
        for state in knowledge.states.values.sorted(by: { $0.id < $1.id }) {
            for name in [state.name] + state.otherNames {
                add(name, .state(state.id))
                if !name.hasPrefix("The ") { add("the " + name, .state(state.id)) }
            }
            for adjective in state.adjectives { add(adjective, .stateAdjective(state.id)) }
        }
        let variants = knowledge.cues.pairs(of: .nameVariant), parentPrefixes = knowledge.cues.pairs(of: .parentPrefix)
        for org in knowledge.organizations.values.sorted(by: { $0.id < $1.id }) {
            var names = [org.name] + org.otherNames
            if let acronym = org.acronym { names.append(acronym) }
            // The lexicon's variants ("UN …" for "United Nations …"), and for the units of a body known by
            // its acronym, names with and without it in front ("OSCE Secretariat", "Secretariat").
            for name in names {
                for variant in variants where name.hasPrefix(variant.name + " ") {
                    names.append(variant.value + name.dropFirst(variant.name.count))
                }
            }
            for prefix in parentPrefixes where Gazetteer.isPart(of: prefix.name, org, in: knowledge) {
                let lead = prefix.value + " "
                for name in names where !name.hasPrefix(lead) && name.count > lead.count && name.contains(" ") { names.append(lead + name) }
                for name in names where name.hasPrefix(lead) { names.append(String(name.dropFirst(lead.count))) }
            }
            for name in names { add(name, .organization(org.id)) }
        }
        names = NameTrie(longer)
        exactSingles = WordTable(singles)
    }

    /// The token keys that start a name of two words or more: a token that starts none, is no single-word
    /// name and has no hyphen, starts no entry.
    var firstWords: [String] { names.firstWords }

    /// The single-word names, as written.
    var singleNames: Dictionary<String, Entry>.Keys { exactSingles.keys }

    static func isPart(of root: String, _ org: Knowledge.Organization, in knowledge: Knowledge) -> Bool {
        var parent = org.parent
        var steps = 0
        while let p = parent, steps < 8 {
            if p == root { return true }
            parent = knowledge.organizations[p]?.parent
            steps += 1
        }
        return false
    }

    /// The longest entry that starts at the token, and how many tokens it takes.
    func match(_ tokens: [Token], at index: Int) -> (entry: Entry, length: Int)? {
        // The tokens are read in place (`tokens[i].field`), not copied out with their strings.
        guard tokens[index].isWord || tokens[index].kind == .number else { return nil }
        if tokens[index].isCapitalized || tokens[index].text == "the", index + 1 < tokens.count, tokens[index + 1].text != "the",
           tokens[index].key.utf8.first.map(nameFirstBytes.contains) ?? true {
            // The longest name whose words hold no punctuation but commas and dots, and a capital.
            var node = 0, end = index, capital = false
            var longest: (entry: Entry, length: Int)? = nil
            while end < tokens.count, let next = names.step(from: node, along: tokens[end].key) {
                if tokens[end].kind == .punctuation && tokens[end].text != "," && tokens[end].text != "." { break }
                capital = capital || tokens[end].isCapitalized
                node = next
                end += 1
                if capital, let entry = names.value(at: node) { longest = (entry, end - index) }
            }
            if let longest { return longest }
        }
        let text = tokens[index].text
        guard let byte = text.utf8.first, singleFirstBytes.contains(byte) else { return nil }
        if let entry = exactSingles[text] { return (entry, 1) }
        // "OSCE-organized", "UN-led": a known acronym before a hyphen.
        if tokens[index].hasHyphen, let dash = text.utf8.firstIndex(of: UInt8(ascii: "-")),
           let entry = exactSingles[String(text[..<dash])],
           case .organization = entry {
            return (entry, 1)
        }
        return nil
    }
}

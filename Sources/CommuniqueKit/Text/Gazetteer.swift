/// Finds the known states and organizations of `Knowledge` in token sequences, longest match first.
struct Gazetteer: Sendable {
    enum Entry: Hashable, Sendable {
        /// A state by name ("Norway", "the Russian Federation").
        case state(String)
        /// A state by adjective or demonym ("Spanish", "Afghans").
        case stateAdjective(String)
        case organization(String)
    }

    private var entries: [[String]: Entry] = [:]
    /// Single-word entries must match with the case they are written in ("US" is not "us", "Chad" not "chad").
    private var exactSingles: [String: Entry] = [:]
    private(set) var longest = 1
    /// The longest name (in words) that starts with each first word, to skip long lookups at most tokens.
    private var longestFrom: [String: Int] = [:]

    init(knowledge: Knowledge, tokenizer: Tokenizer) {
        func add(_ name: String, _ entry: Entry) {
            let tokens = tokenizer.tokens(of: name)
            guard !tokens.isEmpty else { return }
            if tokens.count == 1 {
                if exactSingles[tokens[0].text] == nil { exactSingles[tokens[0].text] = entry }
                return
            }
            let key = tokens.map(\.key)
            if entries[key] == nil { entries[key] = entry }
            longestFrom[tokens[0].key] = max(longestFrom[tokens[0].key] ?? 0, tokens.count)
            longest = max(longest, tokens.count)
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
    }

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
        guard tokens[index].isWord || tokens[index].kind == .number else { return nil }
        var length = min(longestFrom[tokens[index].key] ?? 1, tokens.count - index)
        while length >= 2 {
            let slice = tokens[index..<(index + length)]
            if slice.allSatisfy({ $0.kind != .punctuation || $0.text == "," || $0.text == "." }),
               slice.first!.isCapitalized || slice.first!.text == "the",
               slice.dropFirst().first.map({ !($0.text == "the") }) ?? true,
               let entry = entries[slice.map(\.key)],
               slice.contains(where: \.isCapitalized) {
                return (entry, length)
            }
            length -= 1
        }
        if let entry = exactSingles[tokens[index].text] { return (entry, 1) }
        // "OSCE-organized", "UN-led": a known acronym before a hyphen.
        if let dash = tokens[index].text.firstIndex(of: "-"), let entry = exactSingles[String(tokens[index].text[..<dash])],
           case .organization = entry {
            return (entry, 1)
        }
        return nil
    }
}

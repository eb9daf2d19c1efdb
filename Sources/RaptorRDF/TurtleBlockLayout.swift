import RDFModel

/// Lays statements out as Raptor's Turtle serializer does, from the Turtle of each term: subjects in
/// Raptor's order of terms, each followed by its predicates and objects in that order, an object list after
/// commas, predicates after semicolons, `a` for `rdf:type`, four spaces of indent, " .", a blank line.
///
/// Raptor orders IRIs by their bytes, literals by the bytes of their text, and IRIs before literals; it
/// writes each statement once. The layout covers what that describes and nothing else: a set with a blank
/// node (which Raptor may nest in brackets), `rdf:nil` (written `( )`), a literal with a NUL byte (which
/// Raptor's `strcmp` cuts short), two literal objects of one subject and predicate with the same text
/// (which Raptor orders by a rule of its own), or a predicate without a prefixed name gives nil, and the
/// caller hands those statements to Raptor's serializer instead.
struct TurtleBlockLayout {
    private static let rdfType = Term.iri(Vocabulary.rdf("type"))
    private static let rdfNil = Term.iri(Vocabulary.rdf("nil"))
    private static let indent = Array("\n    ".utf8)

    /// The Turtle of the statements at `chosen` (not empty), or nil when the layout does not cover them;
    /// `text(index)` gives the Turtle of `numbered.terms[index]`.
    static func bytes(of numbered: NumberedStatements, _ chosen: [Int],
                      text: (Int) throws(RaptorError) -> [UInt8]) throws(RaptorError) -> [UInt8]? {
        guard let triples = triples(of: numbered, chosen) else { return nil }
        var predicateText: [Int: [UInt8]] = [:]
        func predicate(_ index: Int) throws(RaptorError) -> [UInt8]? {
            if let known = predicateText[index] { return known }
            let written = numbered.terms[index] == rdfType ? [0x61] : try text(index)
            guard written.first != 0x3C else { return nil }  // "<": Raptor might write a prefixed name here.
            predicateText[index] = written
            return written
        }
        var out: [UInt8] = []
        out.reserveCapacity(triples.count * 48)
        var previous: (subject: Int, predicate: Int)? = nil
        for triple in triples {
            // The marks are appended byte by byte: an array literal would be a new array each time.
            if let previous, previous.subject == triple.subject, previous.predicate == triple.predicate {
                out.append(0x2C)
                out.append(0x20)
            } else {
                if let previous, previous.subject == triple.subject {
                    out.append(0x20)
                    out.append(0x3B)
                } else {
                    if previous != nil { appendEnd(to: &out) }
                    out += try text(triple.subject)
                }
                out += indent
                guard let written = try predicate(triple.predicate) else { return nil }
                out += written
                out.append(0x20)
            }
            out += try text(triple.object)
            previous = (triple.subject, triple.predicate)
        }
        appendEnd(to: &out)
        return out
    }

    /// " .", and the blank line after a subject's statements.
    private static func appendEnd(to out: inout [UInt8]) {
        out.append(0x20)
        out.append(0x2E)
        out.append(0x0A)
        out.append(0x0A)
    }

    /// The chosen statements as term indices in Raptor's order, each once; nil when the layout does not
    /// cover them. A graph's own order of statements is Raptor's for most documents (it sorts IRIs and
    /// literal texts as strings, which for text in NFC is by their bytes), so they are sorted only when a
    /// look along them finds them out of Raptor's order.
    private static func triples(of numbered: NumberedStatements, _ chosen: [Int]) -> [(subject: Int, predicate: Int, object: Int)]? {
        guard covers(numbered, chosen) else { return nil }
        if let inOrder = orderedTriples(numbered, chosen) { return inOrder }
        let rank = ranks(of: numbered, chosen)
        let triples = sortedTriples(numbered, chosen, rank)
        // Two literal objects with the same text under one subject and predicate are adjacent once sorted.
        for (earlier, later) in zip(triples, triples.dropFirst())
        where earlier.subject == later.subject && earlier.predicate == later.predicate {
            if case .literal = numbered.terms[earlier.object], case .literal = numbered.terms[later.object],
               order(numbered.terms[earlier.object], numbered.terms[later.object]) == 0 { return nil }
        }
        return triples
    }

    /// The chosen statements as term indices when each comes after the one before in Raptor's order, else nil.
    private static func orderedTriples(_ numbered: NumberedStatements, _ chosen: [Int]) -> [(subject: Int, predicate: Int, object: Int)]? {
        var triples: [(subject: Int, predicate: Int, object: Int)] = []
        triples.reserveCapacity(chosen.count)
        for index in chosen {
            let statement = numbered.statements[index]
            if let last = triples.last {
                var step = last.subject == statement.subject ? 0 : order(numbered.terms[last.subject], numbered.terms[statement.subject])
                if step == 0 {
                    step = last.predicate == statement.predicate ? 0 : order(numbered.terms[last.predicate], numbered.terms[statement.predicate])
                }
                if step == 0 { step = last.object == statement.object ? 0 : order(numbered.terms[last.object], numbered.terms[statement.object]) }
                guard step < 0 else { return nil }
            }
            triples.append((statement.subject, statement.predicate, statement.object))
        }
        return triples
    }

    /// Raptor's order of two IRIs or literals: negative when `one` comes first, 0 when Raptor ties them.
    private static func order(_ one: Term, _ other: Term) -> Int {
        switch (one, other) {
        case (.iri(let one), .iri(let other)): ByteOrder.compare(one.value, other.value)
        case (.literal(let one), .literal(let other)): ByteOrder.compare(one.lexicalForm, other.lexicalForm)
        case (.iri, _): -1
        default: 1
        }
    }

    /// Whether the terms of the chosen statements are all within the layout: no blank node, no `rdf:nil`,
    /// no literal with a NUL byte.
    private static func covers(_ numbered: NumberedStatements, _ chosen: [Int]) -> Bool {
        var seen = [Bool](repeating: false, count: numbered.terms.count)
        let nilCount = rdfNil.iri!.value.utf8.count
        /// Whether a term is within the layout (asked once per term).
        func covered(_ term: Int) -> Bool {
            guard !seen[term] else { return true }
            seen[term] = true
            switch numbered.terms[term] {
            case .blank: return false
            case .iri(let iri): return !(iri.value.utf8.count == nilCount && numbered.terms[term] == rdfNil)
            case .literal(let literal): return !literal.lexicalForm.utf8.contains(0)
            }
        }
        for index in chosen {
            let statement = numbered.statements[index]
            guard covered(statement.subject), covered(statement.predicate), covered(statement.object) else { return false }
        }
        return true
    }

    /// Each used term's place in Raptor's order: IRIs by their bytes, then literals by the bytes of their text.
    private static func ranks(of numbered: NumberedStatements, _ chosen: [Int]) -> [Int] {
        var used = [Bool](repeating: false, count: numbered.terms.count)
        for index in chosen {
            let statement = numbered.statements[index]
            used[statement.subject] = true
            used[statement.predicate] = true
            used[statement.object] = true
        }
        var keys: [(term: Int, isLiteral: Bool, bytes: [UInt8])] = []
        for (index, term) in numbered.terms.enumerated() where used[index] {
            switch term {
            case .iri(let iri): keys.append((index, false, Array(iri.value.utf8)))
            case .literal(let literal): keys.append((index, true, Array(literal.lexicalForm.utf8)))
            case .blank: break
            }
        }
        keys.sort { $0.isLiteral != $1.isLiteral ? !$0.isLiteral : ByteOrder.compare($0.bytes, $1.bytes) < 0 }
        var rank = [Int](repeating: -1, count: numbered.terms.count)
        for (place, key) in keys.enumerated() { rank[key.term] = place }
        return rank
    }

    /// The chosen statements as term indices, sorted by the ranks of subject, predicate and object, each once.
    private static func sortedTriples(_ numbered: NumberedStatements, _ chosen: [Int],
                                      _ rank: [Int]) -> [(subject: Int, predicate: Int, object: Int)] {
        var triples = chosen.map { index in
            let statement = numbered.statements[index]
            return (subject: statement.subject, predicate: statement.predicate, object: statement.object)
        }
        triples.sort {
            if $0.subject != $1.subject { return rank[$0.subject] < rank[$1.subject] }
            if $0.predicate != $1.predicate { return rank[$0.predicate] < rank[$1.predicate] }
            return rank[$0.object] < rank[$1.object]
        }
        var unique = triples
        unique.removeAll(keepingCapacity: true)
        for triple in triples where unique.last.map({ $0 != triple }) ?? true { unique.append(triple) }
        return unique
    }
}

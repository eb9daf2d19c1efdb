/// The terms of a graph, numbered in the order they were met, and found again by an open-addressing table
/// hashed on what each term keeps: an IRI the hash of its string, made with the IRI, so that numbering a
/// statement's IRIs hashes no string (a dictionary would run its hasher over that hash again).
///
/// ```swift
/// var numbers = TermNumbers()
/// numbers.number(adding: .iri(IRI("https://example.org/a")))   // 0
/// numbers.number(adding: .literal(Literal("a")))               // 1
/// numbers.number(of: .iri(IRI("https://example.org/a")))       // 0
/// ```
struct TermNumbers: Sendable {
    /// The terms, by number.
    private(set) var terms: [Term] = []
    /// For each slot, the number of its term plus one; 0 is an empty slot. The count is a power of two.
    private var slots = [UInt32](repeating: 0, count: 16)

    /// Makes room for `capacity` terms without growing the table.
    mutating func reserveCapacity(_ capacity: Int) {
        terms.reserveCapacity(capacity)
        if capacity * 2 > slots.count { rehash(minimumSlots: capacity * 2) }
    }

    /// The number of a term, if it has one.
    func number(of term: Term) -> UInt32? {
        let found = slot(of: term)
        return found.number
    }

    /// The number of a term: its own, else the next, which it is given.
    mutating func number(adding term: Term) -> UInt32 {
        let found = slot(of: term)
        if let number = found.number { return number }
        let number = UInt32(terms.count)
        terms.append(term)
        slots[found.slot] = number + 1
        if terms.count * 2 > slots.count { rehash(minimumSlots: slots.count * 2) }
        return number
    }

    /// The slot of a term: where its number is, or the empty slot where it would go.
    private func slot(of term: Term) -> (slot: Int, number: UInt32?) {
        let mask = slots.count - 1
        var slot = TermNumbers.hash(term) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, nil) }
            if terms[Int(entry - 1)] == term { return (slot, entry - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// Refiles every term in a table of at least `minimumSlots` slots.
    private mutating func rehash(minimumSlots: Int) {
        var count = slots.count
        while count < minimumSlots { count *= 2 }
        slots = [UInt32](repeating: 0, count: count)
        let mask = count - 1
        for (index, term) in terms.enumerated() {
            var slot = TermNumbers.hash(term) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index + 1)
        }
    }

    /// A hash that agrees with `Term`'s equality: equal strings (as Swift compares them) hash alike.
    private static func hash(_ term: Term) -> Int {
        switch term {
        case .iri(let iri): iri.valueHash
        case .blank(let blank): blank.id.hashValue &* 31 &+ 1
        case .literal(let literal):
            literal.lexicalForm.hashValue ^ ((literal.datatype?.valueHash ?? 0) &* 31) ^ ((literal.language?.hashValue ?? 0) &* 961)
        }
    }
}

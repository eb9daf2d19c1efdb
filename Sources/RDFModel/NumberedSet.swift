/// A set that numbers its elements in the order they were added, found again through an open-addressing
/// table on a hash each element makes cheaply (`TableHashable`): a graph's terms, whose IRIs keep the hash
/// of their strings, and its statements, packed in integers. A dictionary would run its hasher over them
/// at every statement.
///
/// ```swift
/// var terms = NumberedSet<Term>()
/// terms.insert(.iri(IRI("https://example.org/a")))   // (number: 0, inserted: true)
/// terms.insert(.literal(Literal("a")))               // (number: 1, inserted: true)
/// terms.number(of: .iri(IRI("https://example.org/a")))  // 0
/// ```
struct NumberedSet<Element: TableHashable>: Sendable {
    /// The elements, by number.
    private(set) var elements: [Element] = []
    /// For each slot, the number of its element plus one; 0 is an empty slot. The count is a power of two.
    private var slots = [UInt32](repeating: 0, count: 16)

    var count: Int { elements.count }

    /// Makes room for `capacity` elements without growing the table.
    mutating func reserveCapacity(_ capacity: Int) {
        elements.reserveCapacity(capacity)
        if capacity * 2 > slots.count { rehash(minimumSlots: capacity * 2) }
    }

    /// The number of an element, if it is in the set.
    func number(of element: Element) -> UInt32? { slot(of: element).number }

    func contains(_ element: Element) -> Bool { slot(of: element).number != nil }

    /// Adds an element unless it is in the set; returns its number, and whether it is new.
    @discardableResult
    mutating func insert(_ element: Element) -> (number: UInt32, inserted: Bool) {
        let found = slot(of: element)
        if let number = found.number { return (number, false) }
        let number = UInt32(elements.count)
        elements.append(element)
        slots[found.slot] = number + 1
        if elements.count * 2 > slots.count { rehash(minimumSlots: slots.count * 2) }
        return (number, true)
    }

    /// The slot of an element: where its number is, or the empty slot where it would go.
    private func slot(of element: Element) -> (slot: Int, number: UInt32?) {
        let mask = slots.count - 1
        var slot = element.tableHash & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, nil) }
            if elements[Int(entry - 1)] == element { return (slot, entry - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// Refiles every element in a table of at least `minimumSlots` slots.
    private mutating func rehash(minimumSlots: Int) {
        var count = slots.count
        while count < minimumSlots { count *= 2 }
        slots = [UInt32](repeating: 0, count: count)
        let mask = count - 1
        for (index, element) in elements.enumerated() {
            var slot = element.tableHash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index + 1)
        }
    }
}

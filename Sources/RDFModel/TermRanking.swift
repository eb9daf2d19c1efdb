/// The place of each of a list of terms in `Term`'s order, found mostly by comparing integers.
///
/// A term written in ASCII without a NUL becomes one byte string: its kind plus one, then its string form
/// (a literal's lexical form, NUL, language, NUL, datatype). Byte strings sort in `Term`'s order: Swift
/// orders ASCII strings by their bytes, and a NUL, below every other byte, ends a field before any longer
/// field with the same start. The byte strings sort eight bytes at a time, as one big-endian number: all
/// by their first eight, then each group of equal numbers by the next eight (bytes past the end read as
/// NUL). Where a group's next eight bytes are all NUL its members are the same string, and they stay in
/// the order of the list, as a stable sort keeps them. The other terms (beyond ASCII, where Swift compares
/// canonical forms, or with a NUL) sort by `TermSortKey` and go in where that comparison puts them.
struct TermRanking {
    /// The byte strings of the ASCII terms, one after another.
    private var bytes: [UInt8] = []
    /// For each ASCII term, its index in the list and where its byte string starts and ends in `bytes`.
    private var asciiTerms: [(index: Int, start: Int, end: Int)] = []
    /// The indices of the other terms.
    private var otherTerms: [Int] = []

    /// The rank of each term: `ranks[i]` terms of the list come before `terms[i]`.
    static func ranks(of terms: [Term]) -> [UInt32] {
        var ranking = TermRanking()
        ranking.bytes.reserveCapacity(terms.count * 64)
        ranking.asciiTerms.reserveCapacity(terms.count)
        terms.withUnsafeBufferPointer { terms in
            for index in terms.indices { ranking.add(terms[index], index) }
        }
        let order = ranking.merged(ranking.sortedASCIITerms(), with: ranking.otherTerms, of: terms)
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (place, index) in order.enumerated() { rank[index] = UInt32(place) }
        return rank
    }

    private mutating func add(_ term: Term, _ index: Int) {
        let start = bytes.count
        var plain = true
        switch term {
        case .iri(let iri): plain = append(kind: 1, iri.value)
        case .blank(let blank): plain = append(kind: 2, blank.id)
        case .literal(let literal):
            plain = append(kind: 3, literal.lexicalForm) && append(kind: 0, literal.language ?? "")
                && append(kind: 0, literal.datatype?.value ?? "")
        }
        if plain {
            asciiTerms.append((index, start, bytes.count))
        } else {
            bytes.removeSubrange(start...)
            otherTerms.append(index)
        }
    }

    /// Appends a byte, then the string's bytes; whether they are all ASCII and none is NUL.
    private mutating func append(kind: UInt8, _ string: String) -> Bool {
        if string.isEmpty {
            bytes.append(kind)
            return true
        }
        var string = string
        return string.withUTF8 { utf8 in
            guard TermRanking.isASCIIWithoutNUL(utf8) else { return false }
            bytes.append(kind)
            bytes.append(contentsOf: utf8)
            return true
        }
    }

    /// Whether every byte is ASCII and none is NUL, told eight bytes at a time: a word has a byte of 0x80
    /// or more where its high bits meet, and a NUL where subtracting one from each byte borrows into a
    /// high bit that was clear.
    static func isASCIIWithoutNUL(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        if let base = utf8.baseAddress {
            while index + 8 <= utf8.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & highs != 0 || (word &- ones) & ~word & highs != 0 { return false }
                index += 8
            }
        }
        while index < utf8.count {
            if utf8[index] >= 0x80 || utf8[index] == 0 { return false }
            index += 1
        }
        return true
    }
}

extension TermRanking {
    /// The positions in `asciiTerms` of the ASCII terms, in order.
    private func sortedASCIITerms() -> [Int] {
        var order = Array(asciiTerms.indices)
        var heads = [UInt64](repeating: 0, count: asciiTerms.count)
        // Groups still to sort: a range of `order` whose byte strings agree before `offset`.
        var groups: [(range: Range<Int>, offset: Int)] = order.count > 1 ? [(order.indices, 0)] : []
        bytes.withUnsafeBufferPointer { bytes in
            order.withUnsafeMutableBufferPointer { order in
                heads.withUnsafeMutableBufferPointer { heads in
                    while let (range, offset) = groups.popLast() {
                        for position in range { heads[order[position]] = head(order[position], at: offset, in: bytes) }
                        let group = UnsafeMutableBufferPointer(rebasing: order[range])
                        let first = heads[group[0]]
                        if group.allSatisfy({ heads[$0] == first }) {
                            if first != 0 { groups.append((range, offset + 8)) }
                            continue
                        }
                        TermRanking.sort(group, by: heads)
                        var start = range.lowerBound
                        for end in range.dropFirst() where heads[order[end]] != heads[order[start]] {
                            if end - start > 1, heads[order[start]] != 0 { groups.append((start..<end, offset + 8)) }
                            start = end
                        }
                        if range.upperBound - start > 1, heads[order[start]] != 0 { groups.append((start..<range.upperBound, offset + 8)) }
                    }
                }
            }
        }
        return order
    }

    /// Sorts positions by their heads, equal heads by position (the order of the list): by insertion where they are few.
    private static func sort(_ group: UnsafeMutableBufferPointer<Int>, by heads: UnsafeMutableBufferPointer<UInt64>) {
        var group = group
        guard group.count <= 16 else { return group.sort { heads[$0] < heads[$1] || (heads[$0] == heads[$1] && $0 < $1) } }
        for i in 1..<group.count {
            let moving = group[i], value = heads[moving]
            var j = i
            while j > 0, heads[group[j - 1]] > value {
                group[j] = group[j - 1]
                j -= 1
            }
            group[j] = moving
        }
    }

    /// Eight bytes of the byte string of the ASCII term at `position` from `offset` on, as a big-endian number.
    private func head(_ position: Int, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let term = asciiTerms[position]
        let start = term.start + offset
        var value: UInt64 = 0
        if term.end - start >= 8 { return UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self).bigEndian }
        for i in start..<(start + 8) { value = value << 8 | (i < term.end ? UInt64(bytes[i]) : 0) }
        return value
    }

    /// The indices of all terms in order: the ASCII terms in their order (positions in `asciiTerms`), each
    /// other term put in before the first ASCII term it precedes (or, equal to it, comes earlier in the list than).
    private func merged(_ ascii: [Int], with others: [Int], of terms: [Term]) -> [Int] {
        let asciiIndices = ascii.map { asciiTerms[$0].index }
        guard !others.isEmpty else { return asciiIndices }
        let otherKeys = others.map { TermSortKey(terms[$0]) }
        let otherOrder = others.indices.sorted { otherKeys[$0].precedes(otherKeys[$1]) }
        var order: [Int] = []
        order.reserveCapacity(terms.count)
        var next = 0
        for o in otherOrder {
            let key = otherKeys[o], index = others[o]
            // The ASCII terms that come before this term: a start of the ASCII order.
            var low = next, high = asciiIndices.count
            while low < high {
                let middle = (low + high) / 2, asciiKey = TermSortKey(terms[asciiIndices[middle]])
                let before = asciiKey.precedes(key) || (!key.precedes(asciiKey) && asciiIndices[middle] < index)
                if before { low = middle + 1 } else { high = middle }
            }
            order.append(contentsOf: asciiIndices[next..<low])
            order.append(index)
            next = low
        }
        order.append(contentsOf: asciiIndices[next...])
        return order
    }
}

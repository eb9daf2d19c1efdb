/// Lists of names after a cue: "financed by X, Y and the Z", "supported by X and Y".

extension AnnotatedRelease {
    /// The tokens of each entity listed from `start` in its sentence (from where the list reaches it): entities joined by commas, list words
    /// ("and", "as well as") and determiners, up to any other word; with `untilApposition`, also up to an
    /// apposition (", an OSCE Partner …").
    func entityList(from start: Int, untilApposition: Bool) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var k = start
        while k < tokens.count, sameSentence(k, start) {
            if entityTag(k) != nil {
                found.append(k..<extent(k).upperBound)
                k = extent(k).upperBound
                continue
            }
            if untilApposition, word(k) == ",", isCue(.appositionLead, k + 1) { break }
            if word(k) == "," || isCue(.listJoiner, k) || isCue(.determiner, k) { k += 1; continue }
            break
        }
        return found
    }
}

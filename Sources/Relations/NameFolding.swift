import Foundation

/// Folds names for matching: case, diacritics and punctuation do not count ("Šimkūnas" = "simkunas",
/// "U.N." = "un", "co-operation" = "co operation").
enum NameFolding {
    /// The folded form: lower case, without diacritics, words separated by single spaces.
    static func fold(_ text: String) -> String {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for scalar in plain.unicodeScalars {
            if scalar == "." || scalar == "\u{2019}" || scalar == "'" { continue }  // "U.N." → "un", "O'Neill" → "oneill"
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        // Special letters that do not decompose.
        return out.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "ß", with: "ss")
    }

    /// The initials of the capitalized words of a name ("Strategic Police Matters Unit" → "spmu").
    static func initials(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        let capitals = words.compactMap { $0.first }.filter(\.isUppercase)
        guard capitals.count >= 2 else { return nil }
        return fold(String(capitals))
    }
}

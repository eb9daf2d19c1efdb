import Foundation

/// Plain local names for IRIs: lower-case ASCII letters, digits and hyphens.
public enum Slug {
    /// "Ana Šimonytė" → "ana-simonyte"; "Đorđević" → "dordevic"; "O'Neill" → "oneill".
    ///
    /// Diacritics are folded, apostrophes dropped, every other run of non-alphanumerics becomes one hyphen.
    /// An empty result becomes "unnamed"; a result that starts with a digit gets an "n" in front, so
    /// that Turtle can write it as a prefixed name.
    public static func make(_ text: String, keepUnderscores: Bool = false) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }
            if let ascii = fold(scalar) {
                if pendingHyphen, !out.isEmpty { out += "-" }
                pendingHyphen = false
                out += ascii
            } else if keepUnderscores, scalar == "_" {
                out += "_"
            } else {
                pendingHyphen = true
            }
        }
        if out.isEmpty { return "unnamed" }
        if out.first!.isNumber { out = "n" + out }
        return out
    }

    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII {
            let c = Character(scalar)
            if c.isLetter { return c.lowercased() }
            if c.isNumber { return String(c) }
            return nil
        }
        if let special = specials[scalar] { return special }
        // Decompose and keep the ASCII base letter (ū → u, é → e).
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        if let base = decomposed.first, base.isASCII, Character(base).isLetter { return Character(base).lowercased() }
        return nil
    }

    private static let specials: [Unicode.Scalar: String] = [
        "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
    ]
}

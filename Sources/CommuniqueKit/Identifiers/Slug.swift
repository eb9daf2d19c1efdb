import Foundation

/// Plain local names for IRIs: lower-case ASCII letters, digits and hyphens.
public enum Slug {
    /// "Ana Šimonytė" → "ana-simonyte"; "Đorđević" → "dordevic"; "O'Neill" → "oneill".
    ///
    /// Diacritics are folded, apostrophes dropped, every other run of non-alphanumerics becomes one hyphen.
    /// Letters of other scripts are transliterated first with ICU ("Владимир Путин" → "vladimir-putin",
    /// "王毅" → "wang-yi"); what still gives no letter or digit becomes `x-` and a hash of the text, distinct
    /// for distinct texts. A result that starts with a digit gets an "n" in front, so that Turtle can write
    /// it as a prefixed name.
    public static func make(_ text: String, keepUnderscores: Bool = false) -> String {
        var out = fold(text, keepUnderscores: keepUnderscores)
        // An ASCII text (told by its bytes) has no letter of another script.
        if !text.utf8.allSatisfy({ $0 < 0x80 }), text.unicodeScalars.contains(where: needsTransliteration),
           let latin = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) {
            out = fold(latin, keepUnderscores: keepUnderscores)
        }
        if out.isEmpty { return "x-" + hash(text) }
        // The result is ASCII: its first byte tells a digit.
        if let first = out.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") { out = "n" + out }
        return out
    }

    /// A letter that folding cannot make ASCII: one of another script.
    private static func needsTransliteration(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && scalar.properties.isAlphabetic && fold(scalar) == nil
    }

    /// 64-bit FNV-1a of the text's UTF-8, as 16 hexadecimal digits.
    static func hash(_ text: String) -> String {
        let digits = String(FNV1a.hash(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func fold(_ text: String, keepUnderscores: Bool) -> String {
        // Bytes, turned into a String once: appending scalars to a String one at a time costs more.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        // An ASCII text is its bytes, read without decoding scalars.
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            for byte in bytes { foldASCII(byte, keepUnderscores: keepUnderscores, into: &out, pendingHyphen: &pendingHyphen) }
            return true
        }), ascii {
            return String(decoding: out, as: UTF8.self)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                foldASCII(UInt8(scalar.value), keepUnderscores: keepUnderscores, into: &out, pendingHyphen: &pendingHyphen)
            } else if scalar == "\u{2019}" {
                continue
            } else if let ascii = fold(scalar) {
                if pendingHyphen, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(contentsOf: ascii.utf8)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds one ASCII byte as `fold` folds its scalar: a letter or digit kept (in lower case), an
    /// apostrophe dropped, an underscore kept when asked, anything else a hyphen before the next kept one.
    @inline(__always)
    private static func foldASCII(_ byte: UInt8, keepUnderscores: Bool, into out: inout [UInt8], pendingHyphen: inout Bool) {
        if byte == UInt8(ascii: "'") { return }
        if let ascii = asciiFold(Unicode.Scalar(byte)) {
            if pendingHyphen, !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            out.append(UInt8(ascii.value))
        } else if keepUnderscores, byte == UInt8(ascii: "_") {
            out.append(UInt8(ascii: "_"))
        } else {
            pendingHyphen = true
        }
    }

    /// An ASCII letter in lower case, or an ASCII digit; nil for anything else.
    private static func asciiFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39: scalar
        case 0x41...0x5A: Unicode.Scalar(UInt8(scalar.value + 0x20))
        default: nil
        }
    }

    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII { return asciiFold(scalar).map { String($0) } }
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

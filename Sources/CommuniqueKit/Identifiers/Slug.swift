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
        var (out, ascii) = fold(text, keepUnderscores: keepUnderscores)
        // An ASCII text has no letter of another script.
        if !ascii, text.unicodeScalars.contains(where: needsTransliteration),
           let latin = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) {
            out = fold(latin, keepUnderscores: keepUnderscores).slug
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

    /// The folded text, and whether the text was ASCII.
    private static func fold(_ text: String, keepUnderscores: Bool) -> (slug: String, ascii: Bool) {
        // An ASCII text is its bytes, folded straight into the new String without decoding scalars.
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0, pendingHyphen = false
                for byte in bytes {
                    switch foldASCII(byte, keepUnderscores: keepUnderscores) {
                    case .drop: continue
                    case .separator: pendingHyphen = true
                    case .underscore: out[count] = UInt8(ascii: "_"); count += 1
                    case .keep(let kept):
                        // A hyphen stands for the separators it replaces, so the slug is never longer.
                        if pendingHyphen, count > 0 { out[count] = UInt8(ascii: "-"); count += 1 }
                        pendingHyphen = false
                        out[count] = kept
                        count += 1
                    }
                }
                return count
            }
        }), let ascii {
            return (ascii, true)
        }
        // Bytes, turned into a String once: appending scalars to a String one at a time costs more.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        func keep(_ bytes: some Sequence<UInt8>) {
            if pendingHyphen, !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            out.append(contentsOf: bytes)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                switch foldASCII(UInt8(scalar.value), keepUnderscores: keepUnderscores) {
                case .drop: continue
                case .separator: pendingHyphen = true
                case .underscore: out.append(UInt8(ascii: "_"))
                case .keep(let kept): keep(CollectionOfOne(kept))
                }
            } else if scalar == "\u{2019}" {
                continue
            } else if let ascii = fold(scalar) {
                keep(ascii.utf8)
            } else {
                pendingHyphen = true
            }
        }
        return (String(decoding: out, as: UTF8.self), false)
    }

    /// What folding does with an ASCII byte.
    private enum ByteFold {
        /// An apostrophe: left out.
        case drop
        /// A letter or digit, kept (in lower case).
        case keep(UInt8)
        /// An underscore kept as it is, when asked.
        case underscore
        /// Anything else: a hyphen before the next kept one.
        case separator
    }

    /// How one ASCII byte is folded: a letter or digit kept in lower case, an apostrophe dropped, an
    /// underscore kept when asked, anything else a separator.
    @inline(__always)
    private static func foldASCII(_ byte: UInt8, keepUnderscores: Bool) -> ByteFold {
        if byte == UInt8(ascii: "'") { return .drop }
        if let ascii = asciiFold(Unicode.Scalar(byte)) { return .keep(UInt8(ascii.value)) }
        return keepUnderscores && byte == UInt8(ascii: "_") ? .underscore : .separator
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

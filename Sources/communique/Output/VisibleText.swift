/// Text made safe for a terminal and for tab-separated output: control characters (C0, DEL, C1) become
/// visible escapes (`\n`, `\t`, `\u{1B}`), so graph data or a server's answer can neither split a row nor
/// drive the terminal (set its title, ring its bell).
enum VisibleText {
    /// The text with every control character escaped; with `keepingLineBreaks`, line breaks and tabs stay.
    static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else { out.append(scalar); continue }
            if keepingLineBreaks, scalar == "\n" || scalar == "\t" { out.append(scalar); continue }
            let escape: String = switch scalar {
            case "\n": "\\n"
            case "\t": "\\t"
            case "\r": "\\r"
            default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

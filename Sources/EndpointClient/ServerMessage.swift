import Foundation

/// A server's error page made readable on one line: an HTML page becomes its text.
enum ServerMessage {
    /// The text of an HTML page (scripts, styles and tags dropped, the common entities decoded); other
    /// text as it is.
    static func plainText(_ message: String) -> String {
        let lower = message.lowercased()
        guard lower.contains("<html") || lower.contains("<!doctype") || lower.contains("<body") || lower.contains("<h1") else { return message }
        var text = dropping(element: "script", from: message)
        text = dropping(element: "style", from: text)
        var out = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; out.append(" "); continue }
            if character == ">" { inTag = false; continue }
            if !inTag { out.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text without the element's content (`<script …>…</script>`), case-insensitively.
    private static func dropping(element: String, from text: String) -> String {
        var out = text
        while let start = out.range(of: "<" + element, options: .caseInsensitive),
              let end = out.range(of: "</" + element + ">", options: .caseInsensitive, range: start.upperBound..<out.endIndex) {
            out.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return out
    }
}

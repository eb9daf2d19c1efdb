extension StringProtocol {
    /// The text without the spaces and tabs at either end: what `trimmingCharacters(in: .whitespaces)`
    /// trims (general category Zs, U+0009 and U+200B), read on Unicode scalars without Foundation's bridging.
    func trimmingSpaces() -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isSpace($0) })!
        // Copied as bytes; a slice of scalars, since a combining mark after a space starts no character.
        return String(Substring(scalars[first...last]))
    }

    /// Whether the text is empty or spaces and tabs only.
    var isBlank: Bool { unicodeScalars.allSatisfy(Self.isSpace) }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar.value >= 0x80
            && (scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator)
    }
}

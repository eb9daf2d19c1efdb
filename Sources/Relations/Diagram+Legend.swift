/// The legend of a diagram: one compact row, a sample of each kind drawn and of a role edge.
extension Diagram {
    /// One plaintext node whose HTML label is a single-row table: a cell per kind in its colours, and a
    /// role cell when roles are drawn. Empty when nothing is drawn or the legend is off.
    static func legendLines(kinds: [EntityKind], roles: Bool, extra: [(text: String, color: String)] = []) -> [String] {
        guard !kinds.isEmpty || !extra.isEmpty else { return [] }
        var cells = kinds.map { kind in
            let style = Diagram.style(kind)
            return "<TD BGCOLOR=\"\(style.fill)\" COLOR=\"\(style.line)\" BORDER=\"1\">\(kind.rawValue)</TD>"
        }
        if roles { cells.append("<TD BORDER=\"0\"><FONT COLOR=\"#1f5fa8\">— role (title) →</FONT></TD>") }
        cells += extra.map { "<TD BORDER=\"0\"><FONT COLOR=\"\($0.color)\">\(htmlEscaped($0.text))</FONT></TD>" }
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"4\" CELLPADDING=\"3\"><TR>" + cells.joined() + "</TR></TABLE>"
        return ["  legend [shape=plaintext, style=\"\", fontsize=9, label=<\(table)>];"]
    }

    /// Text made safe for an HTML-like label.
    static func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

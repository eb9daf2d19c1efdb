import Foundation

/// Rows of text under named columns, printed as an aligned table or TSV.
struct Report {
    let columns: [String]
    var rows: [[String]] = []

    init(columns: [String]) {
        self.columns = columns
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The rows as an aligned table (for people) or as TSV (for tools); JSON answers are typed values of their own.
    func render(table: Bool) -> String {
        table ? self.table() : tsv()
    }

    /// Cells wider than this are cut in tables (TSV keeps them whole).
    static let widest = 60

    func table() -> String {
        let rows = self.rows.map { $0.map { VisibleText.escaped($0) }.map { $0.count > Report.widest ? String($0.prefix(Report.widest - 1)) + "…" : $0 } }
        var widths = columns.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(columns), line(widths.map { String(repeating: "─", count: $0) })] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    func tsv() -> String {
        ([columns] + rows).map { $0.map(Report.tsvCell).joined(separator: "\t") }.joined(separator: "\n") + "\n"
    }

    static func tsvCell(_ text: String) -> String {
        VisibleText.escaped(text.replacingOccurrences(of: "\\", with: "\\\\"))
    }
}

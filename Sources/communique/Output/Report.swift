import Foundation

/// Rows of text under named columns, printed as an aligned table, TSV or JSON.
struct Report {
    let columns: [String]
    /// Columns whose cells are whole numbers, written as JSON numbers.
    let numeric: Set<String>
    var rows: [[String]] = []

    init(columns: [String], numeric: Set<String> = []) {
        self.columns = columns
        self.numeric = numeric
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    func render(_ format: ReportFormat) -> String {
        switch format {
        case .table: table()
        case .tsv: tsv()
        case .json:
            "[\n" + rows.map { row in
                "  " + Report.jsonObject(zip(columns, row).map { column, cell in
                    (column, numeric.contains(column) ? Int(cell).map(JSON.number) ?? .string(cell) : .string(cell))
                })
            }.joined(separator: ",\n") + "\n]\n"
        }
    }

    /// Cells wider than this are cut in tables (TSV and JSON keep them whole).
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

    /// A JSON value, for the hand-written JSON of the reports (keys keep their order).
    indirect enum JSON {
        case string(String), number(Int), array([JSON]), object([(String, JSON)])
    }

    static func json(_ value: JSON) -> String {
        switch value {
        case .string(let s): jsonString(s)
        case .number(let n): String(n)
        case .array(let items): "[" + items.map(json).joined(separator: ", ") + "]"
        case .object(let pairs): jsonObject(pairs)
        }
    }

    static func jsonObject(_ pairs: [(String, JSON)]) -> String {
        "{" + pairs.map { jsonString($0.0) + ": " + json($0.1) }.joined(separator: ", ") + "}"
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

import EndpointClient
import Foundation
import RDFModel

/// Prints SPARQL SELECT results as a table, CSV, TSV or JSON.
struct ResultPrinter {
    let results: QueryResults

    func render(_ format: SPARQL.ResultFormat) -> String {
        let vars = results.variables
        switch format {
        case .json:
            return jsonResults()
        case .table:
            var report = Report(columns: vars)
            for row in results.rows { report.append(vars.map { row[$0].map(ResultPrinter.short) ?? "" }) }
            return report.render(table: true)
        case .csv:
            return ([vars] + results.rows.map { row in vars.map { row[$0]?.value ?? "" } })
                .map { $0.map(ResultPrinter.csvCell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        case .tsv:
            return ([vars.map { "?" + $0 }] + results.rows.map { row in vars.map { row[$0].map(ResultPrinter.turtle) ?? "" } })
                .map { $0.map { VisibleText.escaped($0) }.joined(separator: "\t") }.joined(separator: "\n") + "\n"
        }
    }

    /// The results again as SPARQL 1.1 Query Results JSON.
    func jsonResults() -> String {
        (try? JSONOutput.encode(SPARQLResultsJSON(results))).map { $0 + "\n" } ?? ""
    }

    static let prefixes: [Namespace] = CommuniquePrefixes.all

    /// A value for people: IRIs with known prefixes, literals as their text.
    static func short(_ value: QueryResults.Value) -> String {
        switch value.type {
        case "uri":
            if let ns = prefixes.filter({ value.value.hasPrefix($0.iri) }).max(by: { $0.iri.count < $1.iri.count }) {
                return ns.prefix + ":" + value.value.dropFirst(ns.iri.count)
            }
            return "<\(value.value)>"
        case "bnode": return "_:" + value.value
        default: return value.value
        }
    }

    /// A value in Turtle syntax, as SPARQL 1.1 TSV writes it.
    static func turtle(_ value: QueryResults.Value) -> String {
        switch value.type {
        case "uri": return "<\(value.value)>"
        case "bnode": return "_:" + value.value
        default:
            // Integers and booleans in Turtle's short form, as SPARQL TSV allows: 150, true.
            let xsd = "http://www.w3.org/2001/XMLSchema#"
            if value.datatype == xsd + "integer", !value.value.isEmpty,
               value.value.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy(\.isASCIIDigit) && value.value.count < 30 {
                return value.value
            }
            if value.datatype == xsd + "boolean", value.value == "true" || value.value == "false" { return value.value }
            let term = Term.literal(value.language.map { Literal(value.value, language: $0) }
                ?? value.datatype.map { Literal(value.value, datatype: IRI($0)) } ?? Literal(value.value))
            return term.description
        }
    }

    static func csvCell(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

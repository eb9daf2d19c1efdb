/// A literal value: plain, language-tagged or typed.
///
/// Line ends are normalized to `\n` on creation, because a bare carriage return inside a literal is
/// written raw by some serializers and makes the output invalid.
///
/// ```swift
/// let title = Literal("Senior Police Adviser", language: "en")
/// let date = Literal("2008-07-17", datatype: XSD.date)
/// ```
public struct Literal: Hashable, Sendable {
    /// The lexical form.
    public let lexicalForm: String
    /// The language tag, lower-cased, for a language-tagged string.
    public let language: String?
    /// The datatype IRI for a typed literal; `nil` for plain and language-tagged strings.
    public let datatype: IRI?

    /// Creates a plain string literal, or a language-tagged one.
    public init(_ lexicalForm: String, language: String? = nil) {
        self.lexicalForm = Literal.normalizingLineEnds(lexicalForm)
        self.language = language?.lowercased()
        self.datatype = nil
    }

    /// Creates a plain string literal that keeps its line ends as they are (CR, CRLF): for a text whose
    /// characters are counted, such as the `nif:isString` of a file that offsets count in.
    public init(verbatim lexicalForm: String) {
        self.lexicalForm = lexicalForm
        self.language = nil
        self.datatype = nil
    }

    /// Creates a typed literal. `xsd:string` is the same as a plain literal.
    public init(_ lexicalForm: String, datatype: IRI) {
        self.lexicalForm = Literal.normalizingLineEnds(lexicalForm)
        self.language = nil
        self.datatype = datatype == Literal.xsdString ? nil : datatype
    }

    static let xsdString = IRI("http://www.w3.org/2001/XMLSchema#string")

    static func normalizingLineEnds(_ text: String) -> String {
        // Read as a buffer of bytes where the string has one: much faster than walking its UTF-8 view.
        let hasCR = text.utf8.withContiguousStorageIfAvailable { $0.contains(13) } ?? text.utf8.contains(13)
        guard hasCR else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) { out.append(scalar) }
            previousWasCR = false
        }
        return String(out)
    }
}

extension Literal: CustomStringConvertible {
    /// The literal in N-Triples form.
    public var description: String {
        var out = "\"" + Literal.escaped(lexicalForm) + "\""
        if let language { out += "@" + language } else if let datatype { out += "^^" + datatype.description }
        return out
    }

    /// The text with N-Triples' escapes; the text itself when it has nothing to escape, which its bytes tell.
    static func escaped(_ text: String) -> String {
        // `"`, `\\`, line feed, carriage return and tab are ASCII, and no byte of another character is ASCII.
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 == 0x22 || $0 == 0x5C || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        }
        if plain == true { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

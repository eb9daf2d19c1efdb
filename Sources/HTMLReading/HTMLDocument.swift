import CLibXML2
public import Foundation

/// A page parsed by libxml2's HTML parser, which recovers from malformed markup and converts the page's
/// declared encoding (`<meta charset>`) to UTF-8. Owns the libxml2 document and frees it.
public final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Parses the bytes of a page.
    public init(data: Data) throws(HTMLError) {
        guard HTMLDocument.looksLikeHTML(data) else { throw HTMLError(.notHTML) }
        HTMLDocument.initialize
        let errors = ErrorCollector()
        let context = Unmanaged.passUnretained(errors).toOpaque()
        // libxml2's error handlers are per thread: this one sees only this parse.
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().add(error)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let document = data.withUnsafeBytes { bytes in
            htmlReadMemory(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, nil, options)
        }
        if let failure = errors.encodingFailure {
            if let document { xmlFreeDoc(document) }
            throw failure
        }
        guard let document else { throw HTMLError(.unparsable, code: errors.first?.code, message: errors.first?.message) }
        pointer = document
    }

    deinit { xmlFreeDoc(pointer) }

    /// libxml2 sets up its global state once, before any thread parses.
    private static let initialize: Void = { xmlInitParser() }()

    /// Whether the bytes hold markup a browser would render as a page: a doctype or one of the elements
    /// every page has, in its first 8 KiB.
    static func looksLikeHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(8192), as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<article"].contains { head.contains($0) }
    }

    /// The errors libxml2 reported during one parse.
    final class ErrorCollector {
        var first: (code: Int32, message: String)?
        var encodingFailure: HTMLError?

        func add(_ error: UnsafePointer<xmlError>) {
            let code = error.pointee.code
            let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            if first == nil { first = (code, message) }
            let encodingErrors: Set<Int32> = [Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue), Int32(XML_ERR_UNKNOWN_ENCODING.rawValue),
                                              Int32(XML_I18N_CONV_FAILED.rawValue), Int32(XML_I18N_NO_HANDLER.rawValue)]
            if encodingFailure == nil, encodingErrors.contains(code) { encodingFailure = HTMLError(.undecodable, code: code, message: message) }
        }
    }
}

import CRaptor
import Foundation
import RDFModel

/// Owns one `raptor_world` and collects the errors Raptor logs in it.
///
/// Two threads must never use one world at once. Freeing a world is not safe either while another
/// thread works: it tears down libxml2's global parser state (`xmlCleanupParser`). So worlds are lent
/// from a process-wide pool through `RaptorWorld.borrow`, one thread at a time, and stay alive.
final class RaptorWorld: @unchecked Sendable {
    let pointer: OpaquePointer
    /// The first error Raptor logged since the last `takeError()`.
    private var firstError: RaptorError?

    private init() throws(RaptorError) {
        guard let world = craptor_new_world() else { throw RaptorError("cannot create a Raptor world") }
        pointer = world
        let status = raptor_world_open(world)
        guard status == 0 else {
            raptor_free_world(world)
            throw RaptorError("cannot open the Raptor world", status: status)
        }
        raptor_world_set_log_handler(world, Unmanaged.passUnretained(self).toOpaque()) { context, message in
            guard let context, let message else { return }
            let world = Unmanaged<RaptorWorld>.fromOpaque(context).takeUnretainedValue()
            world.record(message.pointee)
        }
    }

    deinit {
        raptor_free_world(pointer)
    }

    private static let pool = Pool()

    /// Runs the body with a world that no other thread uses meanwhile.
    static func borrow<T>(_ body: (RaptorWorld) throws(RaptorError) -> T) throws(RaptorError) -> T {
        let world = try pool.checkOut()
        defer { pool.checkIn(world) }
        _ = world.takeError()
        return try body(world)
    }

    /// A world for the caller alone until it gives it back with `checkIn` (for an object that keeps one
    /// for its life; `borrow` for a body).
    static func checkOut() throws(RaptorError) -> RaptorWorld {
        let world = try pool.checkOut()
        _ = world.takeError()
        return world
    }

    static func checkIn(_ world: RaptorWorld) {
        pool.checkIn(world)
    }

    /// The idle worlds; creating one is serialized too, since it initializes libxml2 globals.
    private final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var idle: [RaptorWorld] = []

        func checkOut() throws(RaptorError) -> RaptorWorld {
            lock.lock()
            defer { lock.unlock() }
            if let world = idle.popLast() { return world }
            return try RaptorWorld()
        }

        func checkIn(_ world: RaptorWorld) {
            lock.lock()
            idle.append(world)
            lock.unlock()
        }
    }

    private func record(_ message: raptor_log_message) {
        guard message.level.rawValue >= RAPTOR_LOG_LEVEL_ERROR.rawValue, firstError == nil else { return }
        let text = message.text.map { String(cString: $0) } ?? "unknown Raptor error"
        var line: Int?, column: Int?
        if let locator = message.locator?.pointee {
            if locator.line > 0 { line = Int(locator.line) }
            if locator.column >= 0, line != nil { column = Int(locator.column) + 1 }
        }
        firstError = RaptorError(text, line: line, column: column, status: Int32(message.code))
    }

    /// Returns and clears the first error logged.
    func takeError() -> RaptorError? {
        defer { firstError = nil }
        return firstError
    }

    /// Turns a Raptor status code into a Swift error: the logged error if there is one, else a generic one.
    func check(_ status: Int32, _ what: @autoclosure () -> String) throws(RaptorError) {
        if let error = takeError() { throw error }
        guard status == 0 else { throw RaptorError("\(what()) failed", status: status) }
    }

    /// A new Raptor URI; the caller frees it.
    func uri(_ string: String) throws(RaptorError) -> OpaquePointer {
        let made = string.withCString { raptor_new_uri(pointer, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self)) }
        guard let made else { throw takeError() ?? RaptorError("invalid IRI <\(string)>") }
        return made
    }

    /// A new Raptor term for a Swift term; the caller owns it.
    func term(_ term: Term) throws(RaptorError) -> UnsafeMutablePointer<raptor_term> {
        let made: UnsafeMutablePointer<raptor_term>?
        switch term {
        case .iri(let iri):
            made = iri.value.withCString {
                raptor_new_term_from_counted_uri_string(pointer, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), iri.value.utf8.count)
            }
        case .blank(let blank):
            made = blank.id.withCString {
                raptor_new_term_from_counted_blank(pointer, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), blank.id.utf8.count)
            }
        case .literal(let literal):
            var datatype: OpaquePointer? = nil
            if let type = literal.datatype { datatype = try uri(type.value) }
            defer { if let datatype { raptor_free_uri(datatype) } }
            let language = literal.language ?? ""
            made = literal.lexicalForm.withCString { text in
                language.withCString { lang in
                    raptor_new_term_from_counted_literal(
                        pointer, UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), literal.lexicalForm.utf8.count,
                        datatype,
                        literal.language == nil ? nil : UnsafeRawPointer(lang).assumingMemoryBound(to: UInt8.self),
                        UInt8(clamping: language.utf8.count))
                }
            }
        }
        guard let made else { throw takeError() ?? RaptorError("Raptor refused the term \(term)") }
        return made
    }

    /// The Swift term for a Raptor term.
    static func swiftTerm(_ term: UnsafeMutablePointer<raptor_term>) -> Term? {
        switch term.pointee.type {
        case RAPTOR_TERM_TYPE_URI:
            guard let uri = term.pointee.value.uri else { return nil }
            return .iri(IRI(string(of: uri)))
        case RAPTOR_TERM_TYPE_BLANK:
            let blank = term.pointee.value.blank
            return .blank(BlankNode(string(blank.string, Int(blank.string_len))))
        case RAPTOR_TERM_TYPE_LITERAL:
            let literal = term.pointee.value.literal
            let text = string(literal.string, Int(literal.string_len))
            if let datatype = literal.datatype { return .literal(Literal(text, datatype: IRI(string(of: datatype)))) }
            if let language = literal.language, literal.language_len > 0 {
                return .literal(Literal(text, language: string(language, Int(literal.language_len))))
            }
            // A plain string as it was written, CRs included (a NIF context's text counts them).
            return .literal(Literal(verbatim: text))
        default:
            return nil
        }
    }

    static func string(of uri: OpaquePointer) -> String {
        var length = 0
        guard let bytes = raptor_uri_as_counted_string(uri, &length) else { return "" }
        return string(bytes, length)
    }

    static func string(_ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int) -> String {
        guard let bytes, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }
}

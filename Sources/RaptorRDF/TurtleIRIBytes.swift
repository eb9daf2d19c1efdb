import CRaptor
import RDFModel

/// The Turtle that Raptor's Turtle writer writes for an IRI, made without Raptor where rules learnt from it
/// cover the IRI. (Raptor looks for an IRI's namespace through every bucket of its namespace table: thousands
/// of instructions an IRI.)
///
/// Raptor writes `prefix:name` for an IRI that a namespace of its stack starts, when the rest is a name it
/// accepts, and else the IRI between angle brackets. Here
/// - an IRI that exactly one namespace starts is written `prefix:name` when each byte of the name is one
///   that Raptor kept in a name when probed: the first byte and the others are learnt apart, in a namespace
///   that starts no other and that no other starts, and each namespace is checked with a probe of its own;
/// - an IRI that no namespace starts is written in the frame Raptor writes around an IRI, spelled as it
///   spells one (`SpellingFrame`).
///
/// Any other IRI (two namespaces start it, and which one Raptor takes depends on its table; a name with
/// another byte; a namespace whose probe did not come out as `prefix:name`) is left to Raptor.
final class TurtleIRIBytes {
    /// A namespace's IRI, and what Raptor writes before a name in it (`prefix:`), nil if not as probed.
    private struct Prefixed {
        let iri: [UInt8]
        let lead: [UInt8]?
    }

    private let namespaces: [Prefixed]
    /// By byte value: whether Raptor keeps the byte as the first of a name, and after the first.
    private let firstOfName: [Bool]
    private let restOfName: [Bool]
    private let reference: SpellingFrame?

    /// Rules learnt from what `write` writes for IRIs, in a stack holding `namespaces`.
    init(namespaces declared: [Namespace], write: (IRI) throws(RaptorError) -> [UInt8]) {
        func written(_ iri: String) -> [UInt8]? { try? write(IRI(iri)) }
        let core = SpellingFrame.core
        reference = SpellingFrame(after: Array("x:".utf8)) { text throws(RaptorError) in try write(IRI("x:" + text)) }
        let iris = declared.map { Array($0.iri.utf8) }
        // A namespace that starts no other and that no other starts: any IRI it starts, it alone starts.
        let alone = declared.indices.first { index in
            !iris.indices.contains { $0 != index && (iris[$0].starts(with: iris[index]) || iris[index].starts(with: iris[$0])) }
                && written(declared[index].iri + core) == Array((declared[index].prefix + ":" + core).utf8)
        }
        var firstOfName = [Bool](repeating: false, count: 256), restOfName = firstOfName
        if let alone {
            let iri = declared[alone].iri, lead = declared[alone].prefix + ":"
            for byte in UInt8(0)...UInt8(0x7F) {
                let character = String(UnicodeScalar(byte))
                func kept(_ name: String) -> Bool { written(iri + name) == Array((lead + name).utf8) }
                firstOfName[Int(byte)] = kept(character + core)
                restOfName[Int(byte)] = kept(core + character) && kept(core + character + core)
            }
        }
        // Each namespace, checked with a name of every byte learnt.
        let first = (0..<128).first { firstOfName[$0] }.map { String(UnicodeScalar(UInt8($0))) } ?? core
        let rest = String(decoding: (0..<128).filter { restOfName[$0] }.map(UInt8.init), as: UTF8.self)
        (self.firstOfName, self.restOfName) = (firstOfName, restOfName)
        namespaces = declared.map { namespace in
            let name = first + rest
            let kept = alone != nil && written(namespace.iri + name) == Array((namespace.prefix + ":" + name).utf8)
            return Prefixed(iri: Array(namespace.iri.utf8), lead: kept ? Array((namespace.prefix + ":").utf8) : nil)
        }
    }

    /// What Raptor's Turtle writer writes for `iri`, where the rules cover it; nil where they do not.
    func bytes(of iri: IRI) -> [UInt8]? {
        var value = iri.value
        return value.withUTF8 { bytes -> [UInt8]? in
            var found: Prefixed? = nil
            for namespace in namespaces where bytes.count > namespace.iri.count && TurtleIRIBytes.starts(bytes, with: namespace.iri) {
                guard found == nil else { return nil }
                found = namespace
            }
            guard let found else {
                var out: [UInt8] = []
                return reference?.append(iri.value, to: &out) == true ? out : nil
            }
            guard let lead = found.lead else { return nil }
            let name = UnsafeBufferPointer(rebasing: bytes[found.iri.count...])
            guard firstOfName[Int(name[0])], name.count > 1 || restOfName[Int(name[0])],
                  name.dropFirst().allSatisfy({ restOfName[Int($0)] }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(lead.count + name.count)
            out.append(contentsOf: lead)
            out.append(contentsOf: name)
            return out
        }
    }

    /// Whether `bytes` start with `prefix` (shorter than they are): its last byte is compared first, which
    /// tells most namespaces apart at once.
    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: [UInt8]) -> Bool {
        guard let last = prefix.last else { return true }
        return bytes[prefix.count - 1] == last
            && prefix.withUnsafeBufferPointer { prefix in memcmp(bytes.baseAddress!, prefix.baseAddress!, prefix.count) == 0 }
    }
}

@testable import CommuniqueKit
import RDFModel
import Testing

/// Statements have the same fingerprint exactly when their terms are written the same: of one kind, with
/// the same bytes in the same strings ("é" and "e" with a combining accent, equal as Swift strings, differ
/// here as they do in N-Triples).
@Suite struct StatementFingerprintTests {
    static let date = IRI("http://www.w3.org/2001/XMLSchema#date")
    /// Terms that are all different, some of them with the same bytes in other places or of another kind.
    static let terms: [Term] = [
        .iri(IRI("http://example.org/ab")), .iri(IRI("http://example.org/a")), .blank(BlankNode("http://example.org/ab")),
        .literal(Literal("http://example.org/ab")), .literal(Literal("ab", language: "en")), .literal(Literal("abe", language: "n")),
        .literal(Literal("ab", language: "")), .literal(Literal("ab")), .literal(Literal("ab", datatype: date)),
        .literal(Literal("ab", datatype: IRI("en"))), .literal(Literal("ab\u{FF}")), .literal(Literal("é")), .literal(Literal("e\u{301}")),
        .literal(Literal("")), .iri(IRI("")), .blank(BlankNode("")),
    ]

    @Test func termsHaveTheSameFingerprintOnlyWhenTheyAreTheSame() {
        for (i, a) in Self.terms.enumerated() {
            for (j, b) in Self.terms.enumerated() {
                #expect((a.fingerprint == b.fingerprint) == (i == j), "\(a) and \(b)")
            }
            // A term made again from copies of its bytes has the same fingerprint.
            func copy(_ string: String) -> String { String(decoding: Array(string.utf8), as: UTF8.self) }
            let again: Term = switch a {
            case .iri(let iri): .iri(IRI(copy(iri.value)))
            case .blank(let blank): .blank(BlankNode(copy(blank.id)))
            case .literal(let literal):
                if let language = literal.language {
                    .literal(Literal(copy(literal.lexicalForm), language: copy(language)))
                } else if let datatype = literal.datatype {
                    .literal(Literal(copy(literal.lexicalForm), datatype: IRI(copy(datatype.value))))
                } else {
                    .literal(Literal(copy(literal.lexicalForm)))
                }
            }
            #expect(again.fingerprint == a.fingerprint)
        }
    }

    @Test func statementsHaveTheSameFingerprintOnlyWhenTheirTermsAreTheSameInTheSamePlaces() {
        let (x, y, z) = (Self.terms[0].fingerprint, Self.terms[1].fingerprint, Self.terms[7].fingerprint)
        let orders = [(x, y, z), (x, z, y), (y, x, z), (y, z, x), (z, x, y), (z, y, x), (x, x, z), (x, y, y)]
        let prints = orders.map { StatementFingerprint(subject: $0.0, predicate: $0.1, object: $0.2) }
        #expect(Set(prints).count == orders.count)
        #expect(StatementFingerprint(subject: x, predicate: y, object: z) == prints[0])
    }

    @Test func aSetOfFingerprintsFindsEachStatementAgainWhateverItsSeed() {
        // Every statement of three of the terms: the same fingerprints file alike under any seed, and a set
        // of all of them holds each once and finds each again (as the writing thread's set of statements
        // written does).
        let prints = Self.terms.map(\.fingerprint)
        var all: [StatementFingerprint] = []
        for s in prints { for p in prints { for o in prints { all.append(StatementFingerprint(subject: s, predicate: p, object: o)) } } }
        for seed in [0, 1, -1, 0x5EED, Int.max] {
            #expect(all[7]._rawHashValue(seed: seed) == StatementFingerprint(subject: prints[0], predicate: prints[0], object: prints[7])._rawHashValue(seed: seed))
        }
        var seen = Set<StatementFingerprint>()
        for print in all { #expect(seen.insert(print).inserted) }
        #expect(seen.count == all.count && all.count == 4_096)
        #expect(all.allSatisfy { seen.contains($0) && !seen.insert($0).inserted })
        let slots = Set(all.map { $0._rawHashValue(seed: 99) & 0xFFF })
        #expect(slots.count > 2_000, "\(slots.count) of 4,096 low slots used by 4,096 fingerprints")
    }
}

import Foundation
import RaptorRDF
import RDFModel
import Relations
import TestSupport
import Testing

/// The index on a graph written by hand, with blank nodes and a vocabulary the tool does not know.
@Suite struct EntityIndexTests {
    static let file = TestFiles.packageRoot.appendingPathComponent("Tests/RelationsTests/Resources/handwritten.ttl").path
    let index: EntityIndex
    let ana = Term.iri(IRI("http://example.org/people/ana"))
    let ibs = Term.iri(IRI("http://example.org/org/ibs"))
    let nbc = Term.iri(IRI("http://example.org/org/nbc"))
    let summit = Term.iri(IRI("http://example.org/event/summit"))

    init() throws {
        index = EntityIndex(graph: try Graph(contentsOfFile: EntityIndexTests.file))
    }

    @Test func entitiesAreTheDescribedNodesNotProvenanceNorRoles() {
        let labels = index.entities.map(\.label).sorted()
        #expect(labels == ["Ana Ćosić", "Border Summit", "Bruno Øster", "Cara Ng", "Carl Ng", "Institute of Border Studies",
                           "Minutes of the seventh session", "Northern Border Council"])
        #expect(index.entity(ana)?.kind == .person)
        #expect(index.entity(ibs)?.kind == .organization)
        #expect(index.entity(summit)?.kind == .other)
        #expect(index.entity(.iri(IRI("http://example.org/doc/minutes-7")))?.kind == .document)
    }

    @Test func findIgnoresCaseDiacriticsAndKnowsAcronyms() {
        #expect(index.find("cosic").map(\.entity.term) == [ana])
        #expect(index.find("BRUNO OSTER").first?.entity.label == "Bruno Øster")
        #expect(index.find("ibs").first?.entity.term == ibs)
        #expect(index.find("nbc").first?.entity.term == nbc)  // initials of "Northern Border Council"
        #expect(index.find("border").map(\.entity.label) == ["Border Summit", "Institute of Border Studies", "Northern Border Council"])
        #expect(index.find("nothing like it").isEmpty)
    }

    @Test func resolveByNameIRIPrefixedNameOrBlankNode() throws {
        #expect(try index.resolve("Ana").term == ana)
        #expect(try index.resolve("<http://example.org/org/ibs>").term == ibs)
        #expect(try index.resolve("http://example.org/org/nbc").term == nbc)
        let bruno = try index.resolve("Bruno Øster")
        #expect(bruno.term.isBlank)
        #expect(try index.resolve(index.short(bruno.term)).term == bruno.term)
        #expect(throws: QueryError.unknownEntity("Dora")) { try index.resolve("Dora") }
        #expect {
            try index.resolve("Ng")
        } throws: { error in
            guard case .ambiguous(_, let candidates) = error as? QueryError else { return false }
            return candidates == ["Cara Ng (person) <http://example.org/people/cara>", "Carl Ng (person) <http://example.org/people/carl>"]
        }
    }

    @Test func membershipIsOneRoleLinkWithItsDateAndDocument() throws {
        let roles = index.links(from: ana).filter { if case .role = $0.relation { true } else { false } }
        let role = try #require(roles.first)
        #expect(roles.count == 1)
        #expect(role.relation == .role("Chair"))
        #expect(role.target == nbc)
        #expect(role.evidence == [Link.Evidence(date: "2021-03-04", document: .iri(IRI("http://example.org/doc/minutes-7")))])
        let words = index.statements(about: ana).map(\.text)
        #expect(words.contains("Chair at Northern Border Council (as of 4 March 2021, per minutes-7.txt)"))
    }

    @Test func unknownPropertiesAreLinksInWordsAndReifiedStatementsAreTheirEvidence() throws {
        let statements = index.statements(about: nbc)
        let hosted = try #require(statements.first { $0.relation == "hosted by (inverse)" })
        #expect(hosted.other.term == summit)
        #expect(hosted.documents == ["minutes-7.txt"])
        #expect(statements.contains { $0.relation == "people in roles" && $0.text.hasPrefix("Ana Ćosić, Chair") })
        #expect(statements.contains { $0.relation == "has part" && $0.other.term == ibs })
        let summitFacts = try #require(index.entity(summit)).attributes.map { index.propertyName($0.property) }
        #expect(summitFacts.contains("day count"))
    }

    @Test func shortestPathsGoThroughBlankNodesButNotDocumentsUnlessAsked() throws {
        let paths = index.paths(from: ana, to: ibs)
        #expect(paths.count == 2)
        #expect(paths.allSatisfy { $0.count == 2 })
        let middles = Set(paths.map { index.entity($0[0].to)!.label })
        #expect(middles == ["Bruno Øster", "Northern Border Council"])
        let carl = try index.resolve("Carl Ng").term
        #expect(index.paths(from: ana, to: carl, maxHops: 6).isEmpty)
        #expect(index.paths(from: ana, to: summit, maxHops: 1).isEmpty)
        #expect(index.paths(from: ana, to: summit, maxHops: 2).first?.map { Wording.phrase($0.link.relation, forward: $0.forward) } == ["Chair", "hosted by (inverse)"])
    }
}

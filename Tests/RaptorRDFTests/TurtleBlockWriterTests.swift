import Foundation
import RaptorRDF
import RDFModel
import Testing

private let ex = Namespace(prefix: "ex", iri: "http://example.org/thing/")
private let people = Namespace(prefix: "people", iri: "http://example.org/people/")

/// A small graph about `subject`, with a literal of each kind Turtle writes differently.
private func graph(about subject: String, knows other: String) -> Graph {
    var graph = Graph()
    graph.insert(Triple(.iri(people(subject)), ex("name"), .literal(Literal("Ána \"quoted\"\nnext line"))))
    graph.insert(Triple(.iri(people(subject)), ex("knows"), .iri(people(other))))
    graph.insert(Triple(.iri(people(subject)), ex("age"), .literal(Literal("42", datatype: Vocabulary.xsd("integer")))))
    graph.insert(Triple(.iri(people(other)), ex("label"), .literal(Literal("Rīga", language: "lv"))))
    return graph
}

@Suite struct TurtleBlockWriterTests {
    @Test func blocksAfterOnePrefixHeaderParseToTheUnionOfTheirGraphs() throws {
        let prefixes = [ex, people, Namespace(prefix: "xsd", iri: Vocabulary.xsd.iri)]
        let writer = try TurtleBlockWriter(prefixes: prefixes)
        let first = graph(about: "ada", knows: "bo"), second = graph(about: "bo", knows: "cy")
        let one = first.numberedStatements(withGraphs: false), two = second.numberedStatements(withGraphs: false)
        let blocks = try [writer.block(of: one, one.statements.indices), writer.block(of: two, two.statements.indices)]
        for block in blocks {
            let text = String(decoding: block, as: UTF8.self)
            #expect(!text.contains("@prefix"))
            // Raptor's grouping: the subject once, its predicates after semicolons, in its prefixed form.
            #expect(text.contains("people:"))
            #expect(text.contains(" ;\n"))
        }
        let header = try Graph().serialized(as: .turtle, prefixes: prefixes)
        let whole = header + blocks.map { String(decoding: $0, as: UTF8.self) }.joined()
        let parsed = try Graph(parsing: whole, syntax: .turtle)
        // "bo" is a subject in both blocks, which Turtle allows.
        #expect(Set(parsed.triples) == Set(first.triples).union(second.triples))
        #expect(parsed.count == 8)
    }

    @Test func someStatementsOnlyAndNoneGiveNoBytes() throws {
        let writer = try TurtleBlockWriter(prefixes: [ex, people])
        let numbered = graph(about: "ada", knows: "bo").numberedStatements(withGraphs: false)
        let chosen = numbered.statements.indices.filter { numbered.terms[numbered.statements[$0].subject] == .iri(people("bo")) }
        let block = try writer.block(of: numbered, chosen)
        let parsed = try Graph(parsing: try Graph().serialized(as: .turtle, prefixes: [ex, people]) + String(decoding: block, as: UTF8.self),
                               syntax: .turtle)
        #expect(parsed.triples.map(\.subject) == [.iri(people("bo"))])
        #expect(try writer.block(of: numbered, []).isEmpty)
    }
}

import RDFModel
import Testing

private let ex = Namespace(prefix: "ex", iri: "http://example.org/")
private let typeIRI = Vocabulary.rdf("type")

@Suite struct GraphTests {
    @Test func duplicatesAreDroppedAndNamedGraphsKept() {
        var graph = Graph()
        let t = Triple(.iri(ex("a")), ex("p"), .literal(Literal("x")))
        let first = graph.insert(t), again = graph.insert(t), named = graph.insert(t, in: ex("doc1"))
        #expect(first)
        #expect(!again)
        #expect(named)
        #expect(graph.count == 1)
        #expect(graph.quadCount == 2)
        #expect(graph.namedGraphs == [ex("doc1")])
        #expect(graph.contains(Quad(t, graph: ex("doc1"))))
        #expect(!graph.contains(Quad(t, graph: ex("doc2"))))
    }

    @Test func numberedStatementsShareOneTermListInTheGraphsOrder() {
        var graph = Graph()
        graph.insert(Triple(.iri(ex("b")), ex("p"), .iri(ex("a"))), in: ex("doc2"))
        graph.insert(Triple(.iri(ex("a")), ex("p"), .literal(Literal("x"))), in: ex("doc1"))
        graph.insert(Triple(.iri(ex("a")), ex("p"), .literal(Literal("x"))))
        let numbered = graph.numberedStatements(withGraphs: false)
        #expect(numbered.statements.map(numbered.triple) == graph.triples)
        #expect(numbered.statements.allSatisfy { $0.graph == nil })
        // ex:a is one term whether it is a subject or an object.
        #expect(Set(numbered.statements.map(\.subject)).count == 2 && numbered.statements[1].object == numbered.statements[0].subject)
        let quads = graph.numberedStatements(withGraphs: true)
        #expect(quads.statements.count == 3)
        #expect(quads.statements.map { $0.graph.flatMap { quads.terms[$0].iri } } == [nil, ex("doc1"), ex("doc2")])
        #expect(graph.quads.map(\.graph) == [nil, ex("doc1"), ex("doc2")])
    }

    @Test func statementsSortBySubjectPredicateObjectInTermOrderAndQuadsByGraphFirst() {
        let subjects: [Term] = [.iri(ex("b")), .iri(ex("a")), .blank(BlankNode("z")), .iri(ex("ab"))]
        let objects: [Term] = [.literal(Literal("2")), .literal(Literal("10", datatype: Vocabulary.xsd("integer"))),
                               .literal(Literal("x", language: "en")), .literal(Literal("x")), .iri(ex("a")), .blank(BlankNode("y"))]
        let graphs: [IRI?] = [ex("g2"), nil, ex("g1")]
        var graph = Graph()
        var quads: [Quad] = []
        for (index, subject) in subjects.enumerated() {
            for (other, object) in objects.enumerated() where (index + other) % 3 != 0 {
                let quad = Quad(Triple(subject, ex("p\(other % 2)"), object), graph: graphs[(index + other) % 3])
                quads.append(quad)
                graph.insert(quad.triple, in: quad.graph)
            }
        }
        func before(_ a: Triple, _ b: Triple) -> Bool {
            if a.subject != b.subject { return a.subject < b.subject }
            if a.predicate != b.predicate { return a.predicate.value < b.predicate.value }
            return a.object < b.object
        }
        #expect(graph.triples == Array(Set(quads.map(\.triple))).sorted(by: before))
        let expected = quads.sorted { a, b in
            a.graph != b.graph ? (a.graph?.value ?? "") < (b.graph?.value ?? "") : before(a.triple, b.triple)
        }
        #expect(graph.quads == expected)
    }

    @Test func indexesAnswerEachPosition() {
        var graph = Graph()
        graph.insert(Triple(.iri(ex("jane")), typeIRI, .iri(ex("Person"))))
        graph.insert(Triple(.iri(ex("john")), typeIRI, .iri(ex("Person"))))
        graph.insert(Triple(.iri(ex("osce")), typeIRI, .iri(ex("Organization"))))
        graph.insert(Triple(.iri(ex("jane")), ex("worksFor"), .iri(ex("osce"))))
        #expect(graph.instances(of: ex("Person")) == [.iri(ex("jane")), .iri(ex("john"))])
        #expect(graph.outgoing(from: .iri(ex("jane"))).count == 2)
        #expect(graph.incoming(to: .iri(ex("osce"))).map(\.subject) == [.iri(ex("jane"))])
        #expect(graph.objects(of: .iri(ex("jane")), ex("worksFor")) == [.iri(ex("osce"))])
        #expect(graph.triples(subject: .iri(ex("nobody"))).isEmpty)
        #expect(graph.triples(predicate: typeIRI, object: .iri(ex("Organization"))).count == 1)
    }

    @Test func iterationOrderDoesNotDependOnInsertionOrder() {
        let statements = (0..<50).map { Triple(.iri(ex("s\($0 % 7)")), ex("p\($0 % 3)"), .literal(Literal("v\($0)"))) }
        var forward = Graph(), backward = Graph()
        for t in statements { forward.insert(t, in: ex("g\(t.predicate.value.count)")) }
        for t in statements.reversed() { backward.insert(t, in: ex("g\(t.predicate.value.count)")) }
        #expect(forward.quads == backward.quads)
        #expect(Array(forward) == Array(backward))
        #expect(forward == backward)
    }

    @Test func literalsKeepTheirKindAndNormalizeLineEnds() {
        #expect(Literal("a\r\nb\rc").lexicalForm == "a\nb\nc")
        #expect(Literal(verbatim: "a\r\nb\rc").lexicalForm == "a\r\nb\rc")
        #expect(Literal("x", language: "EN").language == "en")
        #expect(Literal("x", datatype: Vocabulary.xsd("string")) == Literal("x"))
        #expect(Literal("2008", datatype: Vocabulary.xsd("gYear")) != Literal("2008"))
        #expect(Literal("say \"hi\"\n").description == #""say \"hi\"\n""#)
    }

    @Test func literalsAreWrittenInNTriplesWithEscapesOnlyWhereNeeded() {
        #expect(Literal("Zu\u{308}rich \u{2013} 12 km", language: "de").description == "\"Zu\u{308}rich \u{2013} 12 km\"@de")
        #expect(Literal(verbatim: "a\tb\\c\r\nd\u{E9}").description == #""a\tb\\c\r\nd"# + "\u{E9}\"")
        #expect(Literal("3", datatype: Vocabulary.xsd("integer")).description == "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>")
    }

    @Test func isomorphismRenamesBlankNodes() {
        var a = Graph(), b = Graph(), c = Graph()
        a.insert(Triple(.iri(ex("s")), ex("p"), .blank(BlankNode("x"))))
        a.insert(Triple(.blank(BlankNode("x")), ex("q"), .literal(Literal("1"))))
        a.insert(Triple(.blank(BlankNode("y")), ex("q"), .literal(Literal("2"))))
        b.insert(Triple(.iri(ex("s")), ex("p"), .blank(BlankNode("genid7"))))
        b.insert(Triple(.blank(BlankNode("genid7")), ex("q"), .literal(Literal("1"))))
        b.insert(Triple(.blank(BlankNode("genid9")), ex("q"), .literal(Literal("2"))))
        c.insert(Triple(.iri(ex("s")), ex("p"), .blank(BlankNode("genid7"))))
        c.insert(Triple(.blank(BlankNode("genid7")), ex("q"), .literal(Literal("2"))))
        c.insert(Triple(.blank(BlankNode("genid9")), ex("q"), .literal(Literal("1"))))
        #expect(a.isIsomorphic(to: b))
        #expect(!a.isIsomorphic(to: c))
        #expect(a != b)
    }

    @Test func termsSortIRIsThenBlanksThenLiterals() {
        let terms: [Term] = [.literal(Literal("a")), .blank(BlankNode("b")), .iri(ex("z")), .iri(ex("a"))]
        #expect(terms.sorted() == [.iri(ex("a")), .iri(ex("z")), .blank(BlankNode("b")), .literal(Literal("a"))])
    }

    @Test func namespacesMintAndRecognizeIRIs() {
        #expect(ex("Person") == IRI("http://example.org/Person"))
        #expect(ex.contains(IRI("http://example.org/x")))
        #expect(!ex.contains(IRI("http://example.org/")))
        #expect(!ex.contains(IRI("https://example.org/x")))
    }

    @Test func anUnindexedGraphAnswersEveryQueryAsAnIndexedOne() {
        // Room for two terms and statements, fewer than it gets: it grows past what it reserved.
        var indexed = Graph(), unindexed = Graph(indexed: false, capacity: 2)
        let statements = [
            Triple(.iri(ex("a")), typeIRI, .iri(ex("Person"))), Triple(.iri(ex("b")), typeIRI, .iri(ex("Person"))),
            Triple(.iri(ex("a")), ex("knows"), .iri(ex("b"))), Triple(.iri(ex("b")), ex("name"), .literal(Literal("B"))),
        ]
        for t in statements {
            indexed.insert(t, in: ex("doc"))
            unindexed.insert(t, in: ex("doc"))
        }
        #expect(indexed == unindexed)
        #expect(unindexed.instances(of: ex("Person")) == [.iri(ex("a")), .iri(ex("b"))])
        for subject in [nil, Term.iri(ex("a")), .iri(ex("b")), .iri(ex("none"))] {
            for predicate in [nil, typeIRI, ex("knows")] {
                for object in [nil, Term.iri(ex("b")), .iri(ex("Person"))] {
                    #expect(unindexed.triples(subject: subject, predicate: predicate, object: object)
                        == indexed.triples(subject: subject, predicate: predicate, object: object))
                }
            }
        }
        #expect(unindexed.triples(subject: .iri(ex("a"))).count == 2)
    }
}

@testable import RaptorRDF
import RDFModel
import Testing

private let ex = Namespace(prefix: "ex", iri: "http://example.org/thing/")
private let people = Namespace(prefix: "people", iri: "http://example.org/people/")
private let xsd = Namespace(prefix: "xsd", iri: Vocabulary.xsd.iri)
private let prefixes = [ex, people, xsd, Namespace(prefix: "rdfs", iri: Vocabulary.rdfs.iri)]

/// The block the layout makes for every statement of `graph`, nil where it leaves them to Raptor.
private func laidOut(_ graph: Graph) throws -> String? {
    let world = try RaptorWorld.checkOut()
    defer { RaptorWorld.checkIn(world) }
    let text = try TurtleTermText(world: world, prefixes: prefixes)
    let numbered = graph.numberedStatements(withGraphs: false)
    let terms = RaptorTerms(numbered.terms, in: world)
    let bytes = try TurtleBlockLayout.bytes(of: numbered, Array(numbered.statements.indices)) { index throws(RaptorError) in
        try text.bytes(of: terms.term(index))
    }
    return bytes.map { String(decoding: $0, as: UTF8.self) }
}

/// What Raptor's Turtle serializer writes for the graph, without the prefix lines.
private func raptorBlock(_ graph: Graph) throws -> String {
    let whole = try graph.serialized(as: .turtle, prefixes: prefixes)
    let header = try Graph().serialized(as: .turtle, prefixes: prefixes)
    #expect(whole.hasPrefix(header))
    return String(whole.dropFirst(header.count))
}

private func graph(_ triples: [(Term, IRI, Term)]) -> Graph {
    var graph = Graph()
    for (subject, predicate, object) in triples { graph.insert(Triple(subject, predicate, object)) }
    return graph
}

@Suite struct TurtleBlockLayoutTests {
    @Test func smallGraphIsLaidOutAsRaptorLaysItOut() throws {
        let small = graph([
            (.iri(people("ada")), Vocabulary.rdf("type"), .iri(ex("Person"))),
            (.iri(people("ada")), ex("knows"), .iri(people("cy"))),
            (.iri(people("ada")), ex("knows"), .iri(people("bo"))),
            (.iri(people("ada")), ex("age"), .literal(Literal("36", datatype: Vocabulary.xsd("integer")))),
            (.iri(people("bo")), ex("name"), .literal(Literal("Bo", language: "en"))),
        ])
        let expected = """
            people:ada
                ex:age 36 ;
                ex:knows people:bo, people:cy ;
                a ex:Person .

            people:bo
                ex:name "Bo"@en .


            """
        #expect(try laidOut(small) == expected)
        #expect(try raptorBlock(small) == expected)
    }

    /// IRIs that share beginnings, local names Turtle cannot shorten, IRIs outside every prefix, literals of
    /// every kind Raptor writes differently, non-ASCII and decomposed text, objects of both kinds under one
    /// predicate.
    @Test func awkwardTermsAreWrittenByteForByteAsRaptorWritesThem() throws {
        let subjects: [Term] = [.iri(ex("a")), .iri(ex("a-b")), .iri(ex("a/b")), .iri(ex("2024-report")), .iri(ex("x.y")),
                                .iri(ex("_under")), .iri(ex("Zürich")), .iri(ex("")), .iri(IRI("http://elsewhere.example/Z")),
                                .iri(ex("e%20f")), .iri(ex("Ze\u{301}")), .iri(ex("Zé"))]
        let objects: [Term] = [
            .literal(Literal("plain")), .literal(Literal("two\nlines \"quoted\" \\ back")), .literal(Literal("ends with a quote\"\n")),
            .literal(Literal("tab\there")), .literal(Literal("Rīga", language: "lv")), .literal(Literal("-7", datatype: Vocabulary.xsd("integer"))),
            .literal(Literal("2024-01-31", datatype: Vocabulary.xsd("date"))), .literal(Literal("true", datatype: Vocabulary.xsd("boolean"))),
            .literal(Literal("1.50", datatype: Vocabulary.xsd("decimal"))), .literal(Literal("1e3", datatype: Vocabulary.xsd("double"))),
            .literal(Literal("x", datatype: IRI("http://elsewhere.example/type"))), .literal(Literal("")),
            .literal(Literal("caf\u{E9}")), .literal(Literal("cafe\u{301}")), .iri(people("ada")), .iri(ex("a")),
        ]
        var triples: [(Term, IRI, Term)] = []
        for (s, subject) in subjects.enumerated() {
            for (o, object) in objects.enumerated() where (s + o) % 3 != 0 {
                triples.append((subject, o % 2 == 0 ? ex("p") : Vocabulary.rdfs("label"), object))
            }
            triples.append((subject, Vocabulary.rdf("type"), .iri(ex("Thing"))))
        }
        let awkward = graph(triples)
        let ours = try laidOut(awkward)
        #expect(ours != nil)
        #expect(ours == (try raptorBlock(awkward)))
    }

    /// Blank nodes, `rdf:nil`, two literals with one text under one subject and predicate, and predicates
    /// Raptor may name differently are left to Raptor's serializer, and the writer's block still equals it.
    @Test func whatTheLayoutDoesNotCoverIsLeftToRaptor() throws {
        let uncovered = [
            graph([(.iri(people("ada")), ex("knows"), .blank(BlankNode("b1"))), (.blank(BlankNode("b1")), ex("name"), .literal(Literal("Bo")))]),
            graph([(.iri(people("ada")), ex("list"), .iri(Vocabulary.rdf("nil")))]),
            graph([(.iri(people("ada")), ex("name"), .literal(Literal("Ada"))), (.iri(people("ada")), ex("name"), .literal(Literal("Ada", language: "en")))]),
            graph([(.iri(people("ada")), ex("has.dot"), .literal(Literal("1")))]),
            graph([(.iri(people("ada")), IRI("http://elsewhere.example/p"), .literal(Literal("1")))]),
        ]
        let writer = try TurtleBlockWriter(prefixes: prefixes)
        for graph in uncovered {
            #expect(try laidOut(graph) == nil)
            let numbered = graph.numberedStatements(withGraphs: false)
            let block = try writer.block(of: numbered, numbered.statements.indices)
            #expect(String(decoding: block, as: UTF8.self) == (try raptorBlock(graph)))
        }
    }

    /// A decomposed "é" sorts after "f" as a Swift string (which compares canonical equivalents) and
    /// before it in bytes: the graph's own order is not Raptor's, and the layout sorts by bytes.
    @Test func statementsOutOfRaptorsOrderAreSortedByBytes() throws {
        let mixed = graph([(.iri(people("ada")), ex("p"), .literal(Literal("e\u{301}x"))), (.iri(people("ada")), ex("p"), .literal(Literal("fx"))),
                           (.iri(ex("e\u{301}")), ex("p"), .literal(Literal("1"))), (.iri(ex("f")), ex("p"), .literal(Literal("1")))])
        let numbered = mixed.numberedStatements(withGraphs: false)
        #expect(numbered.terms[numbered.statements[0].object] != .literal(Literal("e\u{301}x")))
        // people:ada first: its IRI, …/people/ada, comes before …/thing/ in bytes.
        let expected = "people:ada\n    ex:p \"e\u{301}x\", \"fx\" .\n\nex:e\u{301}\n    ex:p \"1\" .\n\nex:f\n    ex:p \"1\" .\n\n"
        #expect(try laidOut(mixed) == expected)
        #expect(try raptorBlock(mixed) == expected)
    }

    @Test func aSecondBlockReusesTheTurtleOfTermsItMetAndStillEqualsRaptor() throws {
        let writer = try TurtleBlockWriter(prefixes: prefixes)
        for name in ["ada", "bo", "cy"] {
            let one = graph([(.iri(people(name)), ex("knows"), .iri(people("dee"))), (.iri(people(name)), ex("age"), .literal(Literal("4")))])
            let numbered = one.numberedStatements(withGraphs: false)
            let block = try writer.block(of: numbered, numbered.statements.indices)
            #expect(String(decoding: block, as: UTF8.self) == (try raptorBlock(one)))
        }
    }
}

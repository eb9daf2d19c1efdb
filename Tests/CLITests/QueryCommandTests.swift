import Foundation
import TestSupport
import Testing

private let handwritten = TestFiles.packageRoot.appendingPathComponent("Tests/RelationsTests/Resources/handwritten.ttl").path
private let fixtures = TestFiles.packageRoot.appendingPathComponent("Fixtures/press-releases").path

/// The graph of Fixtures/, built once per test process into a scratch folder.
private let fixturesGraph: Result<String, any Error> = Result {
    let folder = try TestFiles.scratchFolder("query-fixtures")
    let result = try Executable.run(["build", fixtures, "-o", "fixtures.ttl", "--quiet"], in: folder)
    guard result.status == 0 else { throw CocoaError(.fileWriteUnknown) }
    return folder.appendingPathComponent("fixtures.ttl").path
}

/// `find`, `relations`, `path` and `list` end to end: standard output, standard error and exit status.
@Suite struct QueryCommandTests {
    @Test func relationsOfAPersonInAHandWrittenGraph() throws {
        let result = try Executable.run(["relations", handwritten, "ana", "--format", "table"])
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(result.standardOutput == """
            Ana Ćosić (person) <http://example.org/people/ana>
              also: Ana

            roles
              Chair at Northern Border Council (as of 4 March 2021, per minutes-7.txt)

            mentors
              Bruno Øster (person)

            """)
    }

    @Test func relationsOfAnOrganizationAsTSV() throws {
        let result = try Executable.run(["relations", handwritten, "<http://example.org/org/nbc>", "--format", "tsv"])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            relation\tdirection\tentity\ttype\tiri\tstatement\tas_of\tdocuments
            people in roles\tin\tAna Ćosić\tperson\t<http://example.org/people/ana>\tAna Ćosić, Chair (as of 4 March 2021, per minutes-7.txt)\t2021-03-04\tminutes-7.txt
            has part\tin\tInstitute of Border Studies\torganization\t<http://example.org/org/ibs>\tInstitute of Border Studies (organization)\t\t
            hosted by (inverse)\tin\tBorder Summit\tother\t<http://example.org/event/summit>\tBorder Summit (other) (per minutes-7.txt)\t2021-03-04\tminutes-7.txt

            """)
    }

    @Test func anAmbiguousNameListsTheCandidatesAndFails() throws {
        let result = try Executable.run(["relations", handwritten, "ng"])
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError == """
            communique: error: 'ng' names 2 entities; give one of these IRIs:
              Cara Ng (person) <http://example.org/people/cara>
              Carl Ng (person) <http://example.org/people/carl>

            """)
    }

    @Test func unknownEntityAndUnreadableGraphFail() throws {
        let unknown = try Executable.run(["path", handwritten, "Ana", "Zoe"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError == "communique: error: no entity is named 'Zoe': try `communique find` with part of the name\n")
        let folder = try TestFiles.scratchFolder()
        try "<a> <b> .".write(to: folder.appendingPathComponent("broken.ttl"), atomically: true, encoding: .utf8)
        let broken = try Executable.run(["list", "broken.ttl"], in: folder)
        #expect(broken.status == 1)
        #expect(broken.standardOutput == "")
        #expect(broken.standardError.hasPrefix("communique: error: broken.ttl:1:"))
        #expect(broken.standardError.contains("syntax error"))
        let missing = try Executable.run(["find", "missing.nt", "x"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.standardError == "communique: error: missing.nt: cannot read the file: No such file or directory\n")
    }

    @Test func findIsCaseAndDiacriticInsensitiveAndKnowsAcronyms() throws {
        let graph = try fixturesGraph.get()
        let acronym = try Executable.run(["find", graph, "unodc", "--format", "tsv"])
        #expect(acronym.status == 0)
        #expect(acronym.standardOutput == "name\ttype\tiri\tmatched\nUnited Nations Office on Drugs and Crime\torganization\torganization:unodc\tUNODC\n")
        let plain = try Executable.run(["find", graph, "BAJARUNAS", "--format", "json"])
        let found = try #require(try JSONSerialization.jsonObject(with: Data(plain.standardOutput.utf8)) as? [[String: String]])
        #expect(found == [["name": "Eitvydas Bajarūnas", "type": "person", "matched": "Eitvydas Bajarūnas",
                           "iri": "https://w3id.org/communique/id/person/eitvydas-bajarunas"]])
        let none = try Executable.run(["find", graph, "zzzz"])
        #expect(none.status == 1)
        #expect(none.standardOutput == "")
        #expect(none.standardError == "communique: error: no entity matches 'zzzz'\n")
    }

    @Test func relationsOfAFixturePersonInWords() throws {
        let graph = try fixturesGraph.get()
        let result = try Executable.run(["relations", graph, "person:kevin-carty", "--format", "table"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Kevin Carty (person) person:kevin-carty")
        #expect(lines.contains("  Senior Police Adviser to the Secretary General at Organization for Security and Co-operation in Europe (as of 28 June 2007 and 17 July 2008, per 000_a2b1aa99ee0d7576.txt, 004_1fb3358ce909623b.txt)"))
        #expect(lines.contains("spoke at"))
        #expect(lines.contains("  OSCE expert conference (event) (per 004_1fb3358ce909623b.txt)"))
    }

    @Test func pathBetweenAFixturePersonAndAnOrganization() throws {
        let graph = try fixturesGraph.get()
        let result = try Executable.run(["path", graph, "Carty", "UNODC", "--max-hops", "2", "--format", "tsv"])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            path\thop\tfrom\trelation\tto
            1\t1\tKevin Carty\tspoke at\tOSCE expert conference
            1\t2\tOSCE expert conference\tin partnership with\tUnited Nations Office on Drugs and Crime

            """)
        let tooShort = try Executable.run(["path", graph, "Carty", "UNODC", "--max-hops", "1"])
        #expect(tooShort.status == 1)
        #expect(tooShort.standardError == "communique: error: no chain of at most 1 relations links Kevin Carty and United Nations Office on Drugs and Crime (try --through-documents or a larger --max-hops)\n")
    }

    @Test func findAndPathOnTheHandWrittenGraph() throws {
        let found = try Executable.run(["find", handwritten, "oster", "--format", "tsv"])
        #expect(found.status == 0)
        #expect(found.standardOutput == "name\ttype\tiri\tmatched\nBruno Øster\tperson\t_:student\tBruno Øster\n")
        let path = try Executable.run(["path", handwritten, "Ana", "IBS", "--format", "table"])
        #expect(path.status == 0)
        #expect(path.standardOutput == """
            1. 2 hops
               Ana Ćosić —Chair→ Northern Border Council
               Northern Border Council —has part→ Institute of Border Studies
            2. 2 hops
               Ana Ćosić —mentors→ Bruno Øster
               Bruno Øster —studies at→ Institute of Border Studies

            """)
    }

    @Test func listOfTheFixturesGraph() throws {
        let result = try Executable.run(["list", try fixturesGraph.get(), "--type", "state", "--format", "tsv"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "name\ttype\trelations\tiri")
        #expect(lines.count == 11)  // the 10 distinct states of the five releases
        #expect(lines.contains("Afghanistan\tstate\t5\tstate:afghanistan"))
    }

    @Test func listCountsRelationsPerEntity() throws {
        let result = try Executable.run(["list", handwritten, "--type", "organization", "--type", "other", "--format", "json"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["Institute of Border Studies", "Northern Border Council", "Border Summit"])
        #expect(rows.map { $0["type"] as? String } == ["organization", "organization", "other"])
        // A number, not a string: the count of relations.
        #expect(rows.map { $0["relations"] as? Int } == [2, 3, 1])
        #expect(rows.map { $0["iri"] as? String } == ["http://example.org/org/ibs", "http://example.org/org/nbc", "http://example.org/event/summit"])
        let bad = try Executable.run(["list", handwritten, "--type", "planet"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("planet"))
    }
}

import CommuniqueKit
import Testing

/// States, known organizations and chairmanships by name.
@Suite struct KnownNameStageTests {
    @Test func statesByNameAdjectiveAndPossessive() {
        let found = InventedText.extract("RIGA, 2 March 2016 – Norwegian experts, Moldova’s border police and officials of the Russian Federation met today. Swiss support was welcomed.")
        #expect(InventedText.names(found, .state) == ["Norway", "Moldova", "Russian Federation", "Switzerland"])
    }

    @Test func aStateNamedAfterAFormerOneIsOnlyItself() {
        // The adjective of a former state inside today's state's name is no mention of it.
        let found = InventedText.extract("TARTU, 3 May 2018 – Officers from the former Yugoslav Republic of Macedonia and Estonia met.")
        #expect(InventedText.names(found, .state) == ["North Macedonia", "Estonia"])
    }

    @Test func aTerritoryIsNoState() {
        let found = InventedText.extract("TARTU, 3 May 2018 – Judges from Estonia, Kosovo and Latvia met.")
        #expect(InventedText.names(found, .state) == ["Estonia", "Latvia"])
        #expect(InventedText.names(found, .organization).isEmpty && InventedText.names(found, .person).isEmpty)
    }

    @Test func aOneWordNameAfterACapitalizedWordEndsAnotherName() {
        let mentioned = { (text: String) in Set(InventedText.extract(text).mentions.map(\.key.id)) }
        #expect(!mentioned("TARTU, 3 May 2018 – Delegates met at the Harbour Union’s General Secretariat today.").contains("osce-secretariat"))
        #expect(mentioned("TARTU, 3 May 2018 – Delegates met at the Secretariat today.").contains("osce-secretariat"))
    }

    @Test func chairmanshipsResolveToTheirYearAndState() throws {
        let found = InventedText.extract("BRATISLAVA, 12 March 2019 – The OSCE Chairmanship hosted a meeting. Serbia’s 2015 OSCE Chairmanship had started the work.")
        let chairs = found.entities.values.compactMap(\.chairmanshipYear).sorted()
        #expect(chairs == [2015, 2019])
        #expect(found.entities[Findings.Key(kind: .organization, id: "osce-chairmanship-2019")]?.state == "slovakia")
        #expect(InventedText.names(found, .state) == ["Serbia"])
    }

    @Test func theCompoundOfABodysImplementersIsWrittenAsPartOfItsName() throws {
        let found = InventedText.extract("BISHKEK, 3 May 2018 – The EU-UNDP Central Asia Drug Action Programme opened a course.")
        let programme = try #require(found.entities[Findings.Key(kind: .organization, id: "cadap")])
        #expect(programme.alternateNames.contains("EU-UNDP Central Asia Drug Action Programme"))
    }
}

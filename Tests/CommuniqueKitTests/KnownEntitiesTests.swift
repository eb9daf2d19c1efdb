@testable import CommuniqueKit
import Testing

/// The entities made once from the knowledge say what the knowledge says of each state and organization.
@Suite struct KnownEntitiesTests {
    let knowledge = InventedText.knowledge
    var known: KnownEntities { KnownEntities(knowledge: knowledge) }

    @Test func everyKnownStateHasItsEntity() throws {
        let known = known
        #expect(!knowledge.states.isEmpty)
        for state in knowledge.states.values {
            let entity = try #require(known.state(state.id))
            #expect(entity.key == Findings.Key(kind: .state, id: state.id))
            #expect(entity.name == state.name)
            #expect(entity.alternateNames == Set(state.otherNames))
            #expect(entity.wikidata == state.wikidata?.value)
            #expect(entity.acronym == nil && entity.parent == nil && entity.state == nil)
        }
        #expect(known.state("no-such-state") == nil)
        #expect(known.organization(try #require(knowledge.states.keys.first)) == nil)
    }

    @Test func everyKnownOrganizationHasItsEntity() throws {
        let known = known
        #expect(knowledge.organizations.values.contains { $0.acronym != nil && $0.parent != nil })
        for org in knowledge.organizations.values {
            let entity = try #require(known.organization(org.id))
            #expect(entity.key == Findings.Key(kind: .organization, id: org.id))
            #expect(entity.name == org.name)
            #expect(entity.alternateNames == Set(org.otherNames))
            #expect(entity.acronym == org.acronym)
            #expect(entity.parent == org.parent)
            #expect(entity.wikidata == org.wikidata?.value)
        }
        #expect(known.organization("no-such-body") == nil)
    }
}

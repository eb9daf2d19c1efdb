@testable import CommuniqueKit
import Testing

/// The tags of a release's tokens, kept as numbers, read back as they were set.
@Suite struct TokenTagsTests {
    let xland = Findings.Key(kind: .state, id: "xland")
    let bureau = Findings.Key(kind: .organization, id: "bureau")
    let ana = Findings.Key(kind: .person, id: "ana-rudd")

    @Test func everyTagReadsBackAsSet() {
        var tags = TokenTags(count: 8)
        #expect(tags.count == 8 && tags.indices == 0..<8)
        #expect(tags.indices.allSatisfy { tags.isUntagged($0) && tags[$0] == nil })
        let set: [AnnotatedRelease.Tag?] = [.entity(xland), .entity(xland), .title, .name(ana), .entity(bureau), .name(ana), .entity(xland), nil]
        for (index, tag) in set.enumerated() { tags[index] = tag }
        #expect(tags.indices.map { tags[$0] } == set)
        #expect(tags.indices.map { tags.isUntagged($0) } == set.map { $0 == nil })
        // A person's key and an organization's with the same id are different keys.
        let namesake = Findings.Key(kind: .organization, id: "ana-rudd")
        tags[7] = .entity(namesake)
        #expect(tags[7] == .entity(namesake) && tags[3] == .name(ana))
    }

    @Test func aTagIsReplacedAndCleared() {
        var tags = TokenTags(count: 3)
        tags[0] = .entity(xland)
        tags[1] = .name(ana)
        tags[0] = .entity(bureau)
        tags[1] = .title
        tags[2] = .entity(xland)
        #expect([tags[0], tags[1], tags[2]] == [.entity(bureau), .title, .entity(xland)])
        tags[0] = nil
        #expect(tags.isUntagged(0) && tags[0] == nil && !tags.isUntagged(1))
    }
}

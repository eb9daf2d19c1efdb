import CommuniqueKit
import Foundation
import RDFModel
import Testing

/// Events of different releases are one only when they have a date and a place.
@Suite struct EventIdentityStageTests {
    func eventKeys(_ texts: [(String, String)]) -> [String] {
        texts.map { name, body in
            let release = ReleaseFileReader().parse("A headline of four words\n" + body, fileName: name)
            return InventedText.extractor.extract(release).events.first?.key.id ?? "none"
        }
    }

    @Test func undatedMeetingsOfTwoReleasesAreTwoEvents() {
        let keys = eventKeys([
            ("a.txt", "Officers held a meeting on ports with UNODC."),
            ("b.txt", "Judges held a meeting on courts with INTERPOL."),
        ])
        #expect(keys.count == 2 && keys[0] != keys[1])
        #expect(keys == ["release-a-meeting", "release-b-meeting"])
    }

    @Test func twoReleasesOfTheSameDatedConferenceShareIt() {
        let keys = eventKeys([
            ("a.txt", "RIGA, 9 March 2016 – A conference on ports opened today."),
            ("b.txt", "RIGA, 9 March 2016 – Ministers spoke today at the conference on ports."),
        ])
        #expect(keys == ["conference-2016-03-09-riga", "conference-2016-03-09-riga"])
    }
}

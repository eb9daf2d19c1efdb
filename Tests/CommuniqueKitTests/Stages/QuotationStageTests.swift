import CommuniqueKit
import Testing

/// Quotations and their speakers.
@Suite struct QuotationStageTests {
    @Test func quotationsGoToTheirSpeakerAcrossParagraphs() throws {
        let found = InventedText.extract("""
            SARAJEVO, 14 May 2019 – “Borders are shared,” said Lena Vuković, the Deputy Head of the OSCE Mission to Bosnia and Herzegovina.
            “Training is the key to trust,” she added.
            Tomas Berg, the OSCE Senior Adviser on Anti-Terrorism Issues and Co-ordinator of Regional Projects, said: “Data must flow.”
            """)
        let said = found.quotations.map { "\($0.speaker.id): \($0.text)" }
        #expect(said == ["lena-vukovic: Borders are shared,", "lena-vukovic: Training is the key to trust,", "tomas-berg: Data must flow."])
    }

    @Test func quotationsSayHowTheirSpeakerWasFound() throws {
        let found = InventedText.extract("""
            GENEVA, 2 June 2020 – “Ports are the front line,” said Anja Weber, the Head of the Unit.
            “We share what we know,” she added. Piet Maas, the Director of the Academy, replied: “So do we.”
            """)
        #expect(found.quotations.map(\.rule) == [.quotationSpeakerAfter, .quotationSpeakerByPronoun, .quotationSpeakerBefore])
        #expect(found.quotations.map(\.speaker.id) == ["anja-weber", "anja-weber", "piet-maas"])
    }
}

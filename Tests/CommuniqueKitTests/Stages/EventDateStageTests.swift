import CommuniqueKit
import Testing

/// When the event happens: written dates, days relative to the release, durations.
@Suite struct EventDateStageTests {
    func dates(_ body: String) throws -> (String?, String?) {
        let event = try #require(InventedText.extract(body).events.first)
        return (event.start?.iso8601, event.end?.iso8601)
    }

    @Test func anEndingVerbWithADurationCountsBack() throws {
        let found = try dates("RIGA, 9 March 2016 – Twelve officers completed a three-day course on container control in the port today.")
        #expect(found == ("2016-03-07", "2016-03-09"))
    }

    @Test func anOpeningDayWithADurationCountsOn() throws {
        #expect(try dates("RIGA, 9 March 2016 – A two-week seminar on precursors opened today in the capital.") == ("2016-03-09", "2016-03-22"))
    }

    @Test func halfDaysCountAsWholeCalendarDays() throws {
        #expect(try dates("RIGA, 9 March 2016 – A two-and-a-half-day seminar on precursors opened today in the capital.")
                == ("2016-03-09", "2016-03-11"))
        #expect(try dates("RIGA, 9 March 2016 – A one-and-a-half day seminar on precursors opened today in the capital.")
                == ("2016-03-09", "2016-03-10"))
    }

    @Test func aNumberWithoutADayOrWeekIsNoDuration() throws {
        // "two" and "4" are numbers, but "officers" and "ports" are no units: the duration stays unknown.
        #expect(try dates("RIGA, 9 March 2016 – A seminar for two officers from 4 ports opened today in the capital.") == ("2016-03-09", nil))
    }

    @Test func todayAndTomorrow() throws {
        #expect(try dates("RIGA, 9 March 2016 – Experts are meeting today and tomorrow at a conference on ports.") == ("2016-03-09", "2016-03-10"))
    }

    @Test func aWrittenRangeInTheReleaseYear() throws {
        #expect(try dates("RIGA, 9 March 2016 – A workshop on ports will take place from 14 to 16 June in Tartu.") == ("2016-06-14", "2016-06-16"))
        #expect(try dates("RIGA, 9 March 2016 – A workshop on ports was held on 22-23 February in Tartu.") == ("2016-02-22", "2016-02-23"))
    }

    @Test func certificatesTodayEndTheCourse() throws {
        #expect(try dates("RIGA, 9 March 2016 – Twenty officers received certificates today at the end of a course on ports.") == (nil, "2016-03-09"))
    }

    @Test func theReleaseDateAloneDatesNothing() throws {
        #expect(try dates("RIGA, 9 March 2016 – A seminar on ports brought together officers from the region.") == (nil, nil))
    }

    @Test func aDayInAQuotationIsNoDateOfTheEvent() throws {
        #expect(try dates("RIGA, 9 March 2016 – “We meet today to learn,” said Anna Berg, the Head of the Unit, at a seminar on ports.") == (nil, nil))
    }

    @Test func aPresentProgressiveInTheLeadDatesTheEventOnTheReleasesDay() throws {
        #expect(try dates("RIGA, 9 March 2016 – Experts from ten countries are meeting in the capital at a seminar on ports.") == ("2016-03-09", nil))
    }

    @Test func aWrittenDateNeedsNoRelease() throws {
        let release = ReleaseFileReader().parse("Officers meet on port security\nOn 15 April 2021, UNODC held a seminar on ports.", fileName: "x.txt")
        let event = try #require(InventedText.extractor.extract(release).events.first)
        #expect(event.start?.iso8601 == "2021-04-15")
    }

    @Test func aCountOfDaysAndAnEndingVerbFarFromTheDay() throws {
        #expect(try dates("RIGA, 9 March 2016 – Officers gathered at the annual symposium that ended today. Over the course of three days they met.")
                == ("2016-03-07", "2016-03-09"))
        // Weeks count seven days each; a word of the unit's length that is no unit counts nothing.
        #expect(try dates("RIGA, 9 March 2016 – Officers gathered at the annual symposium that ended today. Over the course of two weeks they met.")
                == ("2016-02-25", "2016-03-09"))
        #expect(try dates("RIGA, 9 March 2016 – Officers gathered at the annual symposium that ended today. Over the course of two wakes they met.")
                == (nil, "2016-03-09"))
        #expect(try dates("RIGA, 9 March 2016 – The graduation of twelve border, customs and police officers today closed a seminar on ports.")
                == (nil, "2016-03-09"))
    }

    @Test func aSingleWrittenDayAfterAnEndingVerbIsTheEnd() throws {
        #expect(try dates("RIGA, 9 March 2016 – The College concluded its seminar on ports in Tartu on 1 March.") == (nil, "2016-03-01"))
    }
}

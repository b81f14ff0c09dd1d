import CoachCore
import Foundation
import Testing
@testable import CoachStore

@Suite struct StatsTests {
    @Test func attemptsPerDayFollowTheTimeZone() throws {
        let database = try CoachDatabase.inMemory()
        try gradedAttempt(database, at: march(1, 23, 30), overall: 50)  // 18:30 in New York
        try gradedAttempt(database, at: march(2, 0, 30), overall: 50)   // 19:30 on 1 March in New York
        try gradedAttempt(database, at: march(2, 15), overall: 50)
        try gradedAttempt(database, at: march(5, 9), overall: 50)
        try database.startAttempt(questionID: "builtin/q", questionText: "Q?", mode: .drill, at: march(5, 10))  // unfinished
        let discarded = try gradedAttempt(database, at: march(6, 9), overall: 50)
        try database.discardAttempt(id: discarded.id)

        let utc = try database.attemptsPerDay(calendar: calendar("UTC"))
        #expect(utc == [
            DayCount(day: CalendarDay(year: 2025, month: 3, day: 1), count: 1),
            DayCount(day: CalendarDay(year: 2025, month: 3, day: 2), count: 2),
            DayCount(day: CalendarDay(year: 2025, month: 3, day: 5), count: 1),
        ])
        let newYork = try database.attemptsPerDay(calendar: calendar("America/New_York"))
        #expect(newYork.map(\.day.description) == ["2025-03-01", "2025-03-02", "2025-03-05"])
        #expect(newYork.map(\.count) == [2, 1, 1])
        let window = try database.attemptsPerDay(from: march(2), to: march(5), calendar: calendar("UTC"))
        #expect(window.map(\.count) == [1, 1], "from is inclusive, to exclusive")
        #expect(try database.attemptCount(status: .graded) == 4)
        #expect(try database.attemptCount() == 5)
    }

    @Test func averageScoresByArchetypeTopicAndPeriod() throws {
        let database = try CoachDatabase.inMemory()
        // Monday 3 March and Tuesday 4 March are one week; Monday 10 March starts the next.
        try gradedAttempt(database, archetype: .design, topics: ["39", "06"], at: march(3), overall: 60, coverage: 50, structure: 70)
        try gradedAttempt(database, archetype: .design, topics: ["39"], at: march(4), overall: 80, coverage: nil, structure: 90)
        try gradedAttempt(database, archetype: .why, topics: ["06"], at: march(4), overall: 40, coverage: 20)
        try gradedAttempt(database, archetype: .design, topics: ["39"], at: march(10), overall: 90, coverage: 100)
        try gradedAttempt(database, archetype: nil, topics: [], at: march(10), overall: 10)
        let ungraded = try database.startAttempt(questionID: "builtin/q", questionText: "Q?", mode: .drill, archetype: .design, at: march(4))
        #expect(ungraded.overallScore == nil)

        let utc = calendar("UTC")
        let byArchetypeAllTime = try database.scoreAverages(by: .archetype, per: .allTime, calendar: utc)
        #expect(byArchetypeAllTime == [
            ScoreAverage(key: "design", periodStart: nil, attempts: 3, overall: 230.0 / 3, coverage: 75, structure: 80),
            ScoreAverage(key: "why", periodStart: nil, attempts: 1, overall: 40, coverage: 20, structure: nil),
        ])

        let byArchetypeWeekly = try database.scoreAverages(by: .archetype, per: .week, calendar: utc)
        #expect(byArchetypeWeekly.map { "\($0.periodStart!) \($0.key) \($0.attempts) \($0.overall)" } == [
            "2025-03-03 design 2 70.0", "2025-03-03 why 1 40.0", "2025-03-10 design 1 90.0",
        ])

        let byTopicDaily = try database.scoreAverages(by: .topic, per: .day, calendar: utc)
        #expect(byTopicDaily.map { "\($0.periodStart!) \($0.key) \($0.attempts) \($0.overall)" } == [
            "2025-03-03 06 1 60.0", "2025-03-03 39 1 60.0",
            "2025-03-04 06 1 40.0", "2025-03-04 39 1 80.0",
            "2025-03-10 39 1 90.0",
        ])

        let all = try database.scoreAverages(by: .all, per: .month, calendar: utc)
        #expect(all == [ScoreAverage(
            key: "all", periodStart: CalendarDay(year: 2025, month: 3, day: 1), attempts: 5,
            overall: 56, coverage: 170.0 / 3, structure: 80)])
        let window = try database.scoreAverages(by: .topic, per: .allTime, from: march(4), to: march(10), calendar: utc)
        #expect(window.map { "\($0.key) \($0.overall)" } == ["06 40.0", "39 80.0"])
    }

    @Test func theDueForecastCountsEachDayAndFoldsOverdueCardsIntoToday() throws {
        let database = try CoachDatabase.inMemory()
        let dues = [march(1), march(3, 8), march(3, 23, 59), march(4, 0, 0), march(6, 12), march(6, 13), march(30)]
        for (index, due) in dues.enumerated() {
            try database.recordReview(
                questionID: "builtin/q\(index)", rating: .good, at: march(1, 0),
                before: nil, after: SchedulingCard(state: .review, step: nil, stability: 2, difficulty: 5, due: due, lastReview: march(1, 0)),
                retrievability: nil)
        }
        let utc = calendar("UTC")
        let forecast = try database.dueForecast(days: 5, from: march(3, 10), calendar: utc)
        #expect(forecast.map(\.day.description) == ["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07"])
        #expect(forecast.map(\.count) == [3, 1, 0, 2, 0])
        #expect(try database.dueForecast(days: 0, from: march(3), calendar: utc).isEmpty)

        let between = try database.cardsDue(between: march(3, 0, 0), and: march(7, 0, 0), calendar: utc)
        #expect(between.map { "\($0.day) \($0.count)" } == ["2025-03-03 2", "2025-03-04 1", "2025-03-06 2"])
        // In Tokyo (UTC+9), 3 March 23:59 UTC is already 4 March.
        let tokyo = try database.cardsDue(between: march(3, 0, 0), and: march(7, 0, 0), calendar: calendar("Asia/Tokyo"))
        #expect(tokyo.map { "\($0.day) \($0.count)" } == ["2025-03-03 1", "2025-03-04 2", "2025-03-06 2"])
    }

    @Test func calendarDaysPrintAndSort() {
        #expect(CalendarDay(year: 2025, month: 3, day: 7).description == "2025-03-07")
        #expect(CalendarDay(year: 2024, month: 12, day: 31) < CalendarDay(year: 2025, month: 1, day: 1))
        let utc = calendar("UTC")
        #expect(CalendarDay(year: 2025, month: 3, day: 7).start(in: utc) == march(7, 0, 0))
    }
}

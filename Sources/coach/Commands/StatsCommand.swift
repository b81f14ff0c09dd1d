import ArgumentParser
import CoachCore
import CoachStore
import Foundation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Progress: attempts and scores over time by archetype and topic, retention, reviews ahead, streak.")

    @Option(help: "How many days back to chart.")
    var days: Int = 30

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if !(1...3650).contains(days) { throw ValidationError("--days must be between 1 and 3650") }
    }

    struct Series: Codable {
        var key: String
        var attempts: Int
        var average: Double
        /// Average overall score per day, oldest first; nil on days without attempts.
        var daily: [Double?]
    }

    struct Report: Codable {
        var days: Int
        var attempts: Int
        var attemptsPerDay: [Int]
        var byArchetype: [Series]
        var byTopic: [Series]
        /// Mean recall the scheduler expects right now across every card; nil before any review.
        var retention: Double?
        var cards: Int
        var dueNext14Days: [Int]
        var streak: Int

        enum CodingKeys: String, CodingKey {
            case days, attempts, retention, cards, streak
            case attemptsPerDay = "attempts_per_day"
            case byArchetype = "by_archetype"
            case byTopic = "by_topic"
            case dueNext14Days = "due_next_14_days"
        }
    }

    func run() throws {
        let store = try database.open()
        let report = try Self.report(store: store, days: days, now: Date(), calendar: .current)
        switch output.format {
        case .json: try Terminal.printJSON(report)
        case .text: print(Self.text(report))
        }
    }

    static func report(store: CoachDatabase, days: Int, now: Date, calendar: Calendar) throws -> Report {
        let today = calendar.startOfDay(for: now)
        guard let start = calendar.date(byAdding: .day, value: -(days - 1), to: today),
              let tomorrow = calendar.date(byAdding: .day, value: 1, to: today) else {
            throw CoachFailure.content("cannot compute the date range")
        }
        let dayKeys = (0..<days).compactMap { calendar.date(byAdding: .day, value: $0, to: start) }.map { CalendarDay($0, in: calendar) }
        let perDay = try storeCall { try store.attemptsPerDay(from: start, to: tomorrow, calendar: calendar) }
        let counts = Dictionary(perDay.map { ($0.day, $0.count) }, uniquingKeysWith: +)

        func series(_ grouping: ScoreGrouping) throws -> [Series] {
            let daily = try storeCall { try store.scoreAverages(by: grouping, per: .day, from: start, to: tomorrow, calendar: calendar) }
            let overall = try storeCall { try store.scoreAverages(by: grouping, per: .allTime, from: start, to: tomorrow, calendar: calendar) }
            return overall.sorted { $0.attempts != $1.attempts ? $0.attempts > $1.attempts : $0.key < $1.key }.map { total in
                let byDay = Dictionary(daily.filter { $0.key == total.key }.compactMap { row in row.periodStart.map { ($0, row.overall) } },
                                       uniquingKeysWith: { a, _ in a })
                return Series(key: total.key, attempts: total.attempts, average: (total.overall * 10).rounded() / 10,
                              daily: dayKeys.map { byDay[$0] })
            }
        }

        let scheduler = Scheduler()
        let cards = try storeCall { try store.allCards() }
        let reviewed = cards.filter { $0.lastReview != nil }
        let retention = reviewed.isEmpty ? nil
            : reviewed.map { scheduler.retrievability(of: $0.schedulingCard, at: now) }.reduce(0, +) / Double(reviewed.count)
        let forecast = try storeCall { try store.dueForecast(days: 14, from: now, calendar: calendar) }.map(\.count)

        // The streak counts back from today, or from yesterday when today has no practice yet.
        let allDays = Set(try storeCall { try store.attemptsPerDay(calendar: calendar) }.map(\.day))
        var streak = 0
        var cursor = allDays.contains(CalendarDay(today, in: calendar)) ? today : calendar.date(byAdding: .day, value: -1, to: today)
        while let day = cursor, allDays.contains(CalendarDay(day, in: calendar)) {
            streak += 1
            cursor = calendar.date(byAdding: .day, value: -1, to: day)
        }

        return Report(days: days, attempts: try storeCall { try store.attemptCount(status: .graded) },
                      attemptsPerDay: dayKeys.map { counts[$0] ?? 0 }, byArchetype: try series(.archetype),
                      byTopic: try series(.topic), retention: retention.map { ($0 * 1000).rounded() / 1000 }, cards: cards.count,
                      dueNext14Days: forecast, streak: streak)
    }

    static func text(_ report: Report) -> String {
        var lines: [String] = []
        lines.append(Terminal.bold("Progress over the last \(report.days) days") + "   \(report.attempts) graded attempts in all")
        lines.append("  attempts/day  " + Sparkline.render(report.attemptsPerDay.map { Double($0) }, low: 0)
            + "  (\(report.attemptsPerDay.reduce(0, +)) in the period)")
        lines.append("  streak        \(report.streak) day(s)")
        lines.append("  retention     " + (report.retention.map { "\(Int(($0 * 100).rounded()))% expected recall across \(report.cards) cards" } ?? "no reviews yet"))
        lines.append("  due ahead     " + Sparkline.render(report.dueNext14Days.map { Double($0) }, low: 0)
            + "  \(report.dueNext14Days.reduce(0, +)) in the next 14 days (\(report.dueNext14Days.first ?? 0) today)")
        if !report.byArchetype.isEmpty {
            lines.append("\n" + Terminal.bold("By archetype") + Terminal.dim("   average · attempts · daily score"))
            for row in report.byArchetype {
                lines.append("  \(row.key.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%5.1f", row.average))  \(String(format: "%3d", row.attempts))  "
                    + Sparkline.render(row.daily, low: 0, high: 100))
            }
        }
        if !report.byTopic.isEmpty {
            lines.append("\n" + Terminal.bold("By topic") + Terminal.dim("   weakest first"))
            for row in report.byTopic.sorted(by: { $0.average < $1.average }).prefix(15) {
                lines.append("  \(row.key.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%5.1f", row.average))  \(String(format: "%3d", row.attempts))  "
                    + Sparkline.render(row.daily, low: 0, high: 100))
            }
        }
        if report.attempts == 0 { lines.append("\nNo attempts yet: `coach drill` starts a session.") }
        return lines.joined(separator: "\n")
    }
}

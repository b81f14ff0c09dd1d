import ArgumentParser
import CoachCore
import CoachStore
import Foundation

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the days to the interview: a deep dive a day, reviews, grill and cross-topic questions, weekly mocks.",
        discussion: """
            Topics never practised come first, then the weakest by average score. --format ics \
            writes an iCalendar file (one all-day event a day) for your calendar app.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, ics
    }

    @Option(help: "The interview date, YYYY-MM-DD.")
    var until: String

    @Option(help: "Minutes you can practise a day.")
    var minutesPerDay: Int = 60

    @Option(help: "Output format: text, json or ics.")
    var format: Format = .text

    @Option(help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard Self.parseDay(until) != nil else { throw ValidationError("--until must be a date like 2026-12-24") }
        if !(15...600).contains(minutesPerDay) { throw ValidationError("--minutes-per-day must be between 15 and 600") }
    }

    static func parseDay(_ text: String) -> Date? {
        let formatter = StudyPlanner.dayFormatter(Calendar.current)
        formatter.isLenient = false
        guard text.count == 10, let date = formatter.date(from: text) else { return nil }
        return date
    }

    func run() throws {
        guard let end = Self.parseDay(until) else { throw CoachFailure.usage("--until must be a date like 2026-12-24") }
        let calendar = Calendar.current
        let today = Date()
        guard calendar.startOfDay(for: end) >= calendar.startOfDay(for: today) else {
            throw CoachFailure.usage("--until \(until) is in the past")
        }
        let library = try database.library()
        let store = try database.open()
        let days = (calendar.dateComponents([.day], from: calendar.startOfDay(for: today), to: end).day ?? 0) + 1
        guard days <= StudyPlanner.maximumDays else { throw CoachFailure.usage("plans are limited to \(StudyPlanner.maximumDays) days") }
        let forecast = try storeCall { try store.dueForecast(days: days, from: today, calendar: calendar) }
        var dueByDay: [String: Int] = [:]
        for entry in forecast { dueByDay[entry.day.description] = entry.count }
        let plan = StudyPlanner.plan(from: today, until: end, minutesPerDay: minutesPerDay, library: library,
                                     mastery: try DrillRunner.topicProgress(store), dueByDay: dueByDay, calendar: calendar)
        let text: String
        switch format {
        case .ics: text = CalendarFile.ics(for: plan, stamp: today)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            text = String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n"
        case .text: text = Self.text(plan)
        }
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw CoachFailure.content("cannot write \(output): \(error.localizedDescription)")
            }
            FileHandle.standardError.write(Data("Wrote \(plan.days.count) days to \(output)\n".utf8))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    static func text(_ plan: StudyPlan) -> String {
        var lines = [Terminal.bold("\(plan.days.count) days to \(plan.until), \(plan.minutesPerDay) minutes a day")]
        for day in plan.days {
            var head = Terminal.bold(day.date)
            if let topic = day.topic { head += "  \(topic.number) \(topic.title)" + Terminal.dim("  (\(topic.reason))") }
            lines.append(head)
            if day.reviewsDue > 0 { lines.append("    \(day.reviewsDue) review(s) due") }
            for question in day.grill { lines.append("    grill: " + GradePrinter.clip(question.text, 90)) }
            if let cross = day.crossTopic { lines.append("    cross-topic: " + GradePrinter.clip(cross.text, 84)) }
            if day.mock { lines.append("    " + Terminal.accent("mock interview") + " (coach mock)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

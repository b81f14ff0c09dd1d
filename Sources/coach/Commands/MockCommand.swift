import ArgumentParser
import CoachCore
import CoachStore
import Foundation

struct MockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mock",
        abstract: "A timed mock interview with follow-ups and a closing scorecard.",
        discussion: """
            One long design or training question, a debugging one, then short why and trade-off \
            questions, each with its share of the time. After each answer the interviewer asks a \
            follow-up chosen from its gaps. The scorecard rates six dimensions from 1 to 5 and is \
            saved: `coach mock --list` and `coach mock --show ID` view past mocks.
            """)

    @Option(help: "Length of the interview in minutes.")
    var minutes: Int = 45

    @Option(help: "Seed for choosing the questions, for a reproducible mock.")
    var seed: UInt64?

    @Flag(help: "List past mock interviews.")
    var list = false

    @Option(help: "Show the scorecard of a past mock interview.")
    var show: Int64?

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    /// Minutes a follow-up may take.
    static let followUpSeconds = 120

    func validate() throws {
        if !(MockPlanner.minimumMinutes...MockPlanner.maximumMinutes).contains(minutes) {
            throw ValidationError("--minutes must be between \(MockPlanner.minimumMinutes) and \(MockPlanner.maximumMinutes)")
        }
        if list && show != nil { throw ValidationError("give --list or --show, not both") }
    }

    struct Report: Codable {
        var id: Int64
        var startedAt: Date
        var status: String
        var plannedMinutes: Int
        var scorecard: MockScorecard?
        var questions: [String]

        enum CodingKeys: String, CodingKey {
            case id, status, scorecard, questions
            case startedAt = "started_at"
            case plannedMinutes = "planned_minutes"
        }
    }

    func run() throws {
        if list || show != nil {
            try showPast()
            return
        }
        let say = SessionOutput(jsonMode: output.format == .json)
        let session = try PracticeSession.open(database, output: say)
        let store = session.database
        var generator = SeededRandomSource(seed: seed ?? UInt64.random(in: 0...UInt64.max))
        let recent = Set(try storeCall { try store.attempts(since: Date().addingTimeInterval(-14 * 86_400)) }.map(\.questionID))
        let plan = MockPlanner.plan(minutes: minutes, questions: session.library.questions, recent: recent, using: &generator)
        guard !plan.slots.isEmpty else { throw CoachFailure.content("no questions with archetypes to build a mock from") }
        let mock = try storeCall { try store.startMock(plannedMinutes: minutes) }
        InterruptHandler.install {
            say.say("\n" + Terminal.warn("Mock \(mock.id) stopped; the answers so far are saved.") + "\n" + session.summary.text(interrupted: true))
        }
        say.say(Terminal.bold("Mock interview \(mock.id): \(plan.slots.count) questions in \(minutes) minutes."))
        var answers: [MockAnswer] = []
        var options = PracticeSession.Options()
        options.mode = .mock
        options.schedule = false
        options.mockID = mock.id
        for (index, slot) in plan.slots.enumerated() {
            guard let question = session.library.question(id: slot.questionID) else { continue }
            let label = "Q\(index + 1)"
            options.label = "\(label) of \(plan.slots.count) · \(slot.archetype.rawValue) · \(AnswerReader.clock(Double(slot.seconds)))"
            options.seconds = slot.seconds
            let outcome = try session.practise(question, options: options)
            answers.append(MockAnswer(label: label, grade: outcome?.grade, seconds: outcome?.seconds ?? 0, budgetSeconds: Double(slot.seconds)))
            if session.reader.inputClosed { break }
            guard let outcome, let followUp = FollowUpPicker.followUps(for: outcome.grade, question: question, count: 1).first else { continue }
            let followQuestion = Question(id: question.id + "#follow-up", text: followUp.text, archetype: question.archetype,
                                          topics: question.topics, kind: .grill, difficulty: 2, source: question.source)
            say.say("\n" + Terminal.accent("Interviewer: ") + followUp.text)
            options.label = "\(label) follow-up · \(AnswerReader.clock(Double(Self.followUpSeconds)))"
            options.seconds = Self.followUpSeconds
            let follow = try session.practise(followQuestion, options: options)
            if let follow {
                answers.append(MockAnswer(label: "\(label) follow-up", grade: follow.grade, seconds: follow.seconds,
                                          budgetSeconds: Double(Self.followUpSeconds)))
            }
            if session.reader.inputClosed { break }
        }
        let scorecard = MockScorer.scorecard(answers)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try storeCall { _ = try store.finishMock(id: mock.id, scorecard: try encoder.encode(scorecard)) }
        say.say("\n" + Self.text(scorecard, id: mock.id))
        if output.format == .json {
            try Terminal.printJSON(Report(id: mock.id, startedAt: mock.startedAt, status: MockStatus.finished.rawValue,
                                          plannedMinutes: minutes, scorecard: scorecard, questions: plan.slots.map(\.questionID)))
        }
    }

    private func showPast() throws {
        let store = try database.open()
        let decoder = JSONDecoder()
        func report(_ record: MockInterviewRecord, questions: [String]) -> Report {
            let scorecard = record.scorecardJSON.flatMap { try? decoder.decode(MockScorecard.self, from: Data($0.utf8)) }
            return Report(id: record.id, startedAt: record.startedAt, status: record.status.rawValue,
                          plannedMinutes: record.plannedMinutes, scorecard: scorecard, questions: questions)
        }
        if let show {
            guard let mock = try storeCall({ try store.mock(id: show) }) else { throw CoachFailure.usage("no mock interview \(show)") }
            let result = report(mock.record, questions: mock.attempts.map(\.questionID))
            switch output.format {
            case .json: try Terminal.printJSON(result)
            case .text:
                print(Terminal.bold("Mock \(show)") + Terminal.dim("  \(result.startedAt) · \(result.status) · \(result.plannedMinutes) min"))
                for attempt in mock.attempts {
                    print("  \(attempt.overallScore.map { "\($0)/100" } ?? "—")  \(GradePrinter.clip(attempt.questionText, 80))")
                }
                if let scorecard = result.scorecard { print("\n" + Self.text(scorecard, id: show)) }
            }
            return
        }
        let mocks = try storeCall { try store.mocks() }
        let reports = mocks.map { report($0, questions: []) }
        switch output.format {
        case .json: try Terminal.printJSON(reports)
        case .text:
            if reports.isEmpty { print("No mock interviews yet: `coach mock` starts one.") }
            for report in reports {
                let overall = report.scorecard.map { String(format: "%.1f/5", $0.overall) } ?? report.status
                print("  \(report.id)  \(report.startedAt)  \(report.plannedMinutes) min  \(overall)")
            }
        }
    }

    static func text(_ scorecard: MockScorecard, id: Int64) -> String {
        var lines = [Terminal.bold("Scorecard, mock \(id)") + "   overall " + String(format: "%.1f", scorecard.overall) + "/5"]
        for dimension in scorecard.dimensions {
            let bar = String(repeating: "●", count: dimension.score) + String(repeating: "○", count: 5 - dimension.score)
            lines.append("  \(bar)  \(dimension.name)")
            lines.append(Terminal.wrap(dimension.justification, indent: "         "))
        }
        return lines.joined(separator: "\n")
    }
}

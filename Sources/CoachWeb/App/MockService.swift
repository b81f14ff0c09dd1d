import CoachCore
import CoachStore
import Foundation

/// Mock interviews on the web. The plan is drawn with the mock's id as the seed, so it is the
/// same on every request; where the user is comes from the mock's saved attempts (a question,
/// then the follow-up its grade calls for, then the next question). Answers are saved before
/// they are graded, as in practice, and are not scheduled: a mock simulates, it does not review.
struct MockService: Sendable {
    let practice: PracticeService
    var database: CoachDatabase { practice.database }

    static let followUpSeconds = 120
    static let defaultMinutes = 45

    /// One question to answer, with its time budget.
    struct Step: Sendable {
        var label: String
        var question: Question
        var seconds: Int
        var isFollowUp: Bool
        /// Why the follow-up is asked (a move id, a failure mode…).
        var because: String?
        var number: Int
        var total: Int
    }

    func plan(for record: MockInterviewRecord, library: ContentLibrary) -> MockPlan {
        var random = SeededRandomSource(seed: UInt64(bitPattern: record.id) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        return MockPlanner.plan(minutes: record.plannedMinutes, questions: library.questions, using: &random)
    }

    func start(minutes: Int, library: ContentLibrary) throws -> MockInterviewRecord {
        guard (MockPlanner.minimumMinutes...MockPlanner.maximumMinutes).contains(minutes) else {
            throw PracticeService.PracticeError.conflict("A mock lasts \(MockPlanner.minimumMinutes) to \(MockPlanner.maximumMinutes) minutes, not \(minutes).")
        }
        let record = try database.startMock(plannedMinutes: minutes, at: practice.now())
        if plan(for: record, library: library).slots.isEmpty {
            try database.abandonMock(id: record.id, at: practice.now())
            throw PracticeService.PracticeError.conflict("There are no questions with archetypes to build a mock from.")
        }
        return record
    }

    static func followUpQuestion(_ question: Question, _ followUp: FollowUpPicker.FollowUp) -> Question {
        Question(id: question.id + "#follow-up", text: followUp.text, archetype: question.archetype, topics: question.topics,
                 kind: .grill, difficulty: 2, source: question.source)
    }

    /// The answers so far (as the scorer wants them) and the next step, nil when every step is done.
    func progress(of mock: MockInterview, library: ContentLibrary) -> (answers: [MockAnswer], next: Step?) {
        let plan = plan(for: mock.record, library: library)
        var answered: [String: AttemptRecord] = [:]
        for attempt in mock.attempts where attempt.status != .discarded { answered[attempt.questionID] = attempt }
        var answers: [MockAnswer] = []
        let total = plan.slots.count
        for (index, slot) in plan.slots.enumerated() {
            guard let question = library.question(id: slot.questionID) else { continue }
            let label = "Q\(index + 1)"
            guard let attempt = answered[question.id] else {
                return (answers, Step(label: label, question: question, seconds: slot.seconds, isFollowUp: false, because: nil, number: index + 1, total: total))
            }
            let grade = try? attempt.grade()
            answers.append(MockAnswer(label: label, grade: grade, seconds: attempt.durationSeconds ?? 0, budgetSeconds: Double(slot.seconds)))
            guard let grade, let followUp = FollowUpPicker.followUps(for: grade, question: question, count: 1).first else { continue }
            let follow = Self.followUpQuestion(question, followUp)
            guard let followAttempt = answered[follow.id] else {
                return (answers, Step(label: "\(label) follow-up", question: follow, seconds: Self.followUpSeconds, isFollowUp: true,
                                      because: followUp.because, number: index + 1, total: total))
            }
            answers.append(MockAnswer(label: "\(label) follow-up", grade: try? followAttempt.grade(),
                                      seconds: followAttempt.durationSeconds ?? 0, budgetSeconds: Double(Self.followUpSeconds)))
        }
        return (answers, nil)
    }

    /// Saves and grades the answer to `step`; an empty answer is refused, an answer the grader
    /// refuses is kept (it counts as answered, without a grade).
    func answer(_ text: String, step: Step, mockID: Int64, startedAt: Date?, snapshot: ContentSnapshot) throws {
        let answer = text.trimmed()
        guard !answer.isEmpty else { throw PracticeService.PracticeError.conflict("Type an answer first; nothing was saved.") }
        let ended = practice.now()
        let started = startedAt.flatMap { $0 <= ended && ended.timeIntervalSince($0) < 86_400 ? $0 : nil } ?? ended
        let attempt = try database.startAttempt(questionID: step.question.id, questionText: step.question.text, mode: .mock,
                                                archetype: step.question.archetype, topics: step.question.topics, answer: answer,
                                                mockID: mockID, at: started)
        guard let grade = try? snapshot.grader.grade(answer: answer, for: AnswerGrader.Prompt(question: step.question, router: snapshot.router)) else {
            return
        }
        try database.finishAttempt(id: attempt.id, answer: answer, endedAt: ended, grade: grade, durationSeconds: max(0, ended.timeIntervalSince(started)))
    }

    /// Scores the answers so far and closes the mock.
    func finish(_ mock: MockInterview, answers: [MockAnswer]) throws -> MockScorecard {
        let scorecard = MockScorer.scorecard(answers)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try database.finishMock(id: mock.record.id, scorecard: try encoder.encode(scorecard), at: practice.now())
        return scorecard
    }

    static func scorecard(of record: MockInterviewRecord) -> MockScorecard? {
        record.scorecardJSON.flatMap { try? JSONDecoder().decode(MockScorecard.self, from: Data($0.utf8)) }
    }
}

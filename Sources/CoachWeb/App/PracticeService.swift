import CoachCore
import CoachStore
import Foundation

/// Practice that is saved: picks the next question, stores an attempt before grading it, and
/// schedules the card when the user rates it. The web counterpart of the command line's
/// `PracticeSession` (grade → finishAttempt → proposal → recordReview).
public struct PracticeService: Sendable {
    public let database: CoachDatabase
    public let scheduler: Scheduler
    /// The clock; tests pass a fixed one.
    public let now: @Sendable () -> Date

    public init(database: CoachDatabase, scheduler: Scheduler = PracticeService.defaultScheduler, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.scheduler = scheduler
        self.now = now
    }

    /// Fuzz on, as the command line's drills: it spreads cards learnt together.
    public static let defaultScheduler = Scheduler(parameters: (try? FSRSParameters(enableFuzzing: true)) ?? .standard)

    /// The next question: a due card first (most overdue), then one never practised.
    func nextQuestion(library: ContentLibrary) throws -> Question? {
        let due = try database.dueCards(at: now()).map(\.questionID)
        let practised = Set(try database.allCards().map(\.questionID))
        return PracticeQueue.next(library: library, due: due, practised: practised, progress: try topicProgress(),
                                  filter: PracticeFilter(), limit: 1).first
    }

    func topicProgress() throws -> [String: TopicProgress] {
        try database.topicProgress()
    }

    /// What happened to an answer sent from the practice page.
    enum Submission {
        /// Saved, graded and finished; `proposal` is the rating to accept or override.
        case graded(attempt: AttemptRecord, grade: Grade, proposal: RatingProposal, seconds: Double)
        /// Saved (still in progress), but the grader refused it: nothing typed is lost.
        case ungraded(attempt: AttemptRecord, reason: String)
        /// Not saved, with the reason (an empty answer has nothing to keep).
        case refused(reason: String)
    }

    /// Saves the answer as a web attempt, then grades it and finishes the attempt.
    /// - Parameters:
    ///   - startedAt: when the page was opened (from the form), for the attempt's duration.
    ///   - limit: the suggested time in seconds; an answer over it is not proposed Easy.
    func submit(answer rawAnswer: String, to question: Question, startedAt: Date?, limit: Double?, snapshot: ContentSnapshot) -> Submission {
        let answer = rawAnswer.trimmed()
        guard !answer.isEmpty else {
            return .refused(reason: "Type an answer first. Nothing was saved: an empty answer has nothing to keep.")
        }
        let ended = now()
        let started = startedAt.flatMap { $0 <= ended && ended.timeIntervalSince($0) < 86_400 ? $0 : nil } ?? ended
        let routing = try? snapshot.router.route(question.text)
        let attempt: AttemptRecord
        do {
            attempt = try database.startAttempt(
                questionID: question.id, questionText: question.text, mode: .web,
                archetype: question.archetype ?? routing?.archetype.id, topics: question.topics, answer: answer, at: started)
        } catch {
            return .refused(reason: "Could not save this answer: \(error.description). Copy it somewhere safe before leaving the page.")
        }
        let grade: Grade
        do {
            grade = try snapshot.grader.grade(answer: answer, for: AnswerGrader.Prompt(question: question, router: snapshot.router))
        } catch {
            return .ungraded(attempt: attempt, reason: "Could not grade this answer: \(error.description). It is saved as attempt \(attempt.id), not graded.")
        }
        let seconds = max(0, ended.timeIntervalSince(started))
        let proposal = RatingProposal.propose(for: grade, seconds: seconds, limit: limit)
        do {
            let finished = try database.finishAttempt(id: attempt.id, answer: answer, endedAt: ended, grade: grade,
                                                      proposedRating: proposal.rating, durationSeconds: seconds)
            return .graded(attempt: finished, grade: grade, proposal: proposal, seconds: seconds)
        } catch {
            return .ungraded(attempt: attempt, reason: "Graded, but the grade could not be saved: \(error.description). The answer is kept as attempt \(attempt.id).")
        }
    }

    /// Reviews the question's card with `rating` and records it against the attempt; returns the
    /// card's next due date.
    func rate(questionID: String, attemptID: Int64, rating: Rating) throws -> Date {
        guard let attempt = try database.attempt(id: attemptID), attempt.questionID == questionID else {
            throw PracticeError.notFound("There is no attempt \(attemptID) at this question.")
        }
        guard attempt.status == .graded else {
            throw PracticeError.conflict("Attempt \(attemptID) is not graded, so it cannot be rated.")
        }
        if let accepted = attempt.acceptedRating {
            throw PracticeError.conflict("Attempt \(attemptID) was already rated \(accepted.name).")
        }
        let date = now()
        return try database.review(questionID: questionID, attemptID: attemptID, rating: rating, at: date, scheduler: scheduler).due
    }

    enum PracticeError: Error, CustomStringConvertible {
        case notFound(String)
        case conflict(String)

        var description: String {
            switch self {
            case .notFound(let message), .conflict(let message): message
            }
        }
    }

    /// "in 10 minutes", "in 3 hours", "in 4 days (2026-12-03)".
    static func describeDue(_ due: Date, from now: Date) -> String {
        let minutes = due.timeIntervalSince(now) / 60
        if minutes < 1 { return "now" }
        if minutes < 60 { return "in \(Format.plural(Int(minutes.rounded()), "minute"))" }
        if minutes < 60 * 24 { return "in \(Format.plural(Int((minutes / 60).rounded()), "hour"))" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return "in \(Format.plural(Int((minutes / 1440).rounded()), "day")) (\(formatter.string(from: due)))"
    }
}

/// What the progress page and `GET /api/stats` show, read from the store in one go.
struct ProgressReport: Sendable {
    var now: Date
    var calendar: Calendar
    var gradedAttempts: Int
    var reviews: Int
    /// Weekly average overall score per archetype, oldest week first.
    var weeklyScores: [ScoreAverage]
    /// Cards with their recall expected now.
    var cards: Int
    var retention: Double?
    /// Reviews due on each of the next 14 days (today includes the overdue).
    var forecast: [DayCount]
    /// Graded attempts per day over the last `weeks` weeks, keyed `yyyy-MM-dd`.
    var days: [String: Int]
    var weeks: Int
    /// Consecutive days with an attempt, ending today (or yesterday, if today has none yet).
    var streak: Int
    var dueNow: Int
}

extension PracticeService {
    func progress(weeks: Int = 26, calendar: Calendar = .current) throws -> ProgressReport {
        let now = now()
        let today = calendar.startOfDay(for: now)
        let from = calendar.date(byAdding: .day, value: -7 * weeks, to: today) ?? today
        let perDay = try database.attemptsPerDay(from: from, calendar: calendar)
        var days: [String: Int] = [:]
        for entry in perDay { days[entry.day.description] = entry.count }
        var streak = 0
        var day = today
        if days[CalendarDay(day, in: calendar).description] == nil {
            day = calendar.date(byAdding: .day, value: -1, to: day) ?? day
        }
        while days[CalendarDay(day, in: calendar).description] != nil {
            streak += 1
            guard let previous = calendar.date(byAdding: .day, value: -1, to: day) else { break }
            day = previous
        }
        let cards = try database.allCards()
        let retention = cards.isEmpty ? nil : cards.map { scheduler.retrievability(of: $0.schedulingCard, at: now) }.reduce(0, +) / Double(cards.count)
        return ProgressReport(
            now: now, calendar: calendar, gradedAttempts: try database.attemptCount(status: .graded), reviews: try database.reviewCount(),
            weeklyScores: try database.scoreAverages(by: .archetype, per: .week, from: from, calendar: calendar),
            cards: cards.count, retention: retention, forecast: try database.dueForecast(days: 14, from: now, calendar: calendar),
            days: days, weeks: weeks, streak: streak, dueNow: try database.dueCards(at: now).count)
    }
}

/// What the start page shows about today.
struct TodayReport: Sendable {
    var dueNow: Int
    var streak: Int
    var attemptsToday: Int
    /// Today's day of the study plan.
    var plan: StudyPlan.Day?
}

extension PracticeService {
    func today(library: ContentLibrary, calendar: Calendar = .current) throws -> TodayReport {
        let report = try progress(weeks: 1, calendar: calendar)
        let now = report.now
        let key = CalendarDay(now, in: calendar).description
        let plan = StudyPlanner.plan(from: now, until: now, minutesPerDay: 30, library: library, mastery: try topicProgress(),
                                     dueByDay: [key: report.dueNow], calendar: calendar)
        return TodayReport(dueNow: report.dueNow, streak: report.streak, attemptsToday: report.days[key] ?? 0, plan: plan.days.first)
    }
}

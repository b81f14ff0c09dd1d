import CoachCore
import CoachStore
import Foundation
import Hummingbird

/// `GET /api/attempts?limit=&question=` → `{"attempts": [...]}`, newest first, without the
/// stored grade JSON; `GET /api/stats` → the numbers behind `/progress`.
struct PracticeAPIController {
    let practice: PracticeService

    struct Attempt: Encodable {
        var id: Int64
        var questionID: String
        var question: String
        var mode: String
        var status: String
        /// ISO 8601, UTC.
        var startedAt: String
        var durationSeconds: Double?
        var scores: Scores
        var archetype: String?
        var topics: [String]
        var proposedRating: Int?
        var acceptedRating: Int?
        var mockID: Int64?

        struct Scores: Encodable {
            var overall: Int?
            var coverage: Int?
            var structure: Int?
        }

        enum CodingKeys: String, CodingKey {
            case id, question, mode, status, scores, archetype, topics
            case questionID = "question_id", startedAt = "started_at", durationSeconds = "duration_seconds"
            case proposedRating = "proposed_rating", acceptedRating = "accepted_rating", mockID = "mock_id"
        }
    }

    struct AttemptList: Encodable {
        var attempts: [Attempt]
    }

    struct Stats: Encodable {
        var attempts: Int
        var reviews: Int
        var streak: Int
        var dueNow: Int
        var cards: Int
        var retention: Double?
        var dueForecast: [Day]
        var daysPractised: [Day]
        var weeklyScores: [Week]

        struct Day: Encodable { var day: String; var count: Int }
        struct Week: Encodable {
            var week: String
            var archetype: String
            var attempts: Int
            var overall: Double
        }

        enum CodingKeys: String, CodingKey {
            case attempts, reviews, streak, cards, retention
            case dueNow = "due_now", dueForecast = "due_forecast", daysPractised = "days_practised", weeklyScores = "weekly_scores"
        }
    }

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get("attempts", use: attempts)
        group.get("stats", use: stats)
    }

    @Sendable func attempts(_ request: Request, context: CoachRequestContext) async throws -> JSONBody<AttemptList> {
        let query = request.uri.queryParameters
        var limit = 100
        if let text = query.get("limit"), !text.isEmpty {
            guard let value = Int(text), (1...10_000).contains(value) else { throw APIError.invalid("limit", "'limit' must be a whole number from 1 to 10000") }
            limit = value
        }
        let question = query.get("question").flatMap { $0.isEmpty ? nil : String($0.prefix(2000)) }
        let records = try practice.database.attempts(questionID: question, limit: limit)
        return JSONBody(AttemptList(attempts: records.map { record in
            Attempt(id: record.id, questionID: record.questionID, question: record.questionText, mode: record.mode.rawValue,
                    status: record.status.rawValue, startedAt: ISO8601DateFormatter().string(from: record.startedAt), durationSeconds: record.durationSeconds,
                    scores: .init(overall: record.overallScore, coverage: record.coverageScore, structure: record.structureScore),
                    archetype: record.archetype?.rawValue, topics: record.topics, proposedRating: record.proposedRating?.rawValue,
                    acceptedRating: record.acceptedRating?.rawValue, mockID: record.mockID)
        }))
    }

    @Sendable func stats(_ request: Request, context: CoachRequestContext) async throws -> JSONBody<Stats> {
        let report = try practice.progress()
        return JSONBody(Stats(
            attempts: report.gradedAttempts, reviews: report.reviews, streak: report.streak, dueNow: report.dueNow, cards: report.cards,
            retention: report.retention, dueForecast: report.forecast.map { .init(day: $0.day.description, count: $0.count) },
            daysPractised: report.days.keys.sorted().map { .init(day: $0, count: report.days[$0] ?? 0) },
            weeklyScores: report.weeklyScores.map { .init(week: $0.periodStart?.description ?? "", archetype: $0.key, attempts: $0.attempts, overall: $0.overall) }))
    }
}

import CoachCore
import Foundation
import GRDB

// MARK: - Attempts

extension CoachDatabase {
    /// Saves a new attempt, in progress, before anything that can fail: the answer so far is kept
    /// even if the process dies before grading. `mockID` ties the attempt to a mock interview.
    @discardableResult
    public func startAttempt(
        questionID: String, questionText: String, mode: AttemptMode,
        archetype: ArchetypeID? = nil, topics: [String] = [], answer: String = "",
        mockID: Int64? = nil, at startedAt: Date = Date()
    ) throws(StoreError) -> AttemptRecord {
        if questionID.isEmpty { throw .invalid("an attempt needs the id of its question; nothing was saved") }
        try Self.checkLength(questionID, of: "question id", limit: Limit.questionIDCharacters)
        try Self.checkLength(questionText, of: "question text", limit: Limit.questionCharacters)
        try Self.checkLength(answer, of: "answer", limit: Limit.answerCharacters)
        if topics.count > Limit.topics {
            throw .tooLarge(what: "list of topics", limit: Limit.topics, actual: topics.count, unit: "topics")
        }
        var attempt = AttemptRecord(
            rowID: nil, questionID: questionID, questionText: questionText, mode: mode, answerText: answer,
            startedAt: startedAt, endedAt: nil, durationSeconds: nil, gradeJSON: nil,
            overallScore: nil, coverageScore: nil, structureScore: nil, archetype: archetype, topics: topics,
            proposedRating: nil, acceptedRating: nil, status: .inProgress, blindJSON: nil, mockID: mockID)
        return try writing { db in
            if let mockID, try !MockInterviewRecord.exists(db, key: mockID) {
                throw StoreError.notFound("mock interview \(mockID)")
            }
            try attempt.insert(db)
            return attempt
        }
    }

    /// Replaces the answer text of an attempt in progress, as it is typed. One small update.
    public func saveDraft(attemptID: Int64, text: String) throws(StoreError) {
        try Self.checkLength(text, of: "answer", limit: Limit.answerCharacters)
        try writing { db in
            try db.execute(
                sql: "UPDATE attempt SET answerText = ? WHERE id = ? AND status = ?",
                arguments: [text, attemptID, AttemptStatus.inProgress.rawValue])
            if db.changesCount == 0 {
                try Self.explainNotInProgress(attemptID, db, doing: "save a draft of")
            }
        }
    }

    /// Finishes an attempt in progress with its final answer and its grade (the scores are copied
    /// out of the grade for statistics). A blind drill passes what the user named and how it
    /// scored as `blindResult` JSON; an attempt needs a grade, a blind result or both.
    /// `durationSeconds` defaults to the time from start to `endedAt`.
    @discardableResult
    public func finishAttempt(
        id: Int64, answer: String, endedAt: Date = Date(), grade: Grade?,
        proposedRating: Rating? = nil, blindResult: Data? = nil, durationSeconds: Double? = nil
    ) throws(StoreError) -> AttemptRecord {
        try Self.checkLength(answer, of: "answer", limit: Limit.answerCharacters)
        if grade == nil && blindResult == nil {
            throw .invalid("attempt \(id) needs a grade or a blind-drill result to be finished; discard it instead")
        }
        if let durationSeconds, !(durationSeconds.isFinite && durationSeconds >= 0) {
            throw .invalid("the duration of attempt \(id) must be zero or more seconds, not \(durationSeconds)")
        }
        var gradeJSON: String?
        if let grade {
            for (name, score) in [("overall", grade.scores.overall), ("coverage", grade.scores.coverage), ("structure", grade.scores.structure)] {
                if let score, !(0...100).contains(score) {
                    throw .invalid("the \(name) score of attempt \(id) must be 0–100, not \(score); nothing was saved")
                }
            }
            do {
                gradeJSON = String(decoding: try JSONEncoder().encode(grade), as: UTF8.self)
            } catch {
                throw .failed("the grade of attempt \(id) cannot be encoded: \(error)")
            }
        }
        let blindJSON = try blindResult.map { data throws(StoreError) in try Self.jsonText(data, of: "blind-drill result") }
        return try writing { db in
            guard var attempt = try AttemptRecord.fetchOne(db, key: id) else {
                throw StoreError.notFound("attempt \(id)")
            }
            guard attempt.status == .inProgress else {
                throw StoreError.conflict(Self.notInProgressMessage(attempt, doing: "finish"))
            }
            attempt.answerText = answer
            attempt.endedAt = endedAt
            attempt.durationSeconds = durationSeconds ?? max(0, endedAt.timeIntervalSince(attempt.startedAt))
            attempt.gradeJSON = gradeJSON
            attempt.overallScore = grade?.scores.overall
            attempt.coverageScore = grade?.scores.coverage
            attempt.structureScore = grade?.scores.structure
            attempt.proposedRating = proposedRating
            attempt.blindJSON = blindJSON
            attempt.status = .graded
            try attempt.update(db)
            return attempt
        }
    }

    /// Marks an attempt discarded: it is kept, but left out of statistics, recovery and export.
    /// Discarding twice is harmless.
    public func discardAttempt(id: Int64) throws(StoreError) {
        try writing { db in
            try db.execute(sql: "UPDATE attempt SET status = ? WHERE id = ?", arguments: [AttemptStatus.discarded.rawValue, id])
            if db.changesCount == 0 { throw StoreError.notFound("attempt \(id)") }
        }
    }

    /// Attempts still in progress, oldest first: answers left behind by a crash or a closed window,
    /// to offer for grading or discarding.
    public func unfinishedAttempts() throws(StoreError) -> [AttemptRecord] {
        try reading { db in
            try AttemptRecord
                .filter(AttemptRecord.Columns.status == AttemptStatus.inProgress.rawValue)
                .order(AttemptRecord.Columns.startedAt, AttemptRecord.Columns.id)
                .fetchAll(db)
        }
    }

    /// Attempts newest first, started at or after `since`, of one question when `questionID` is
    /// given, at most `limit`. Discarded attempts are left out unless asked for.
    public func attempts(
        since: Date? = nil, questionID: String? = nil, limit: Int? = nil, includeDiscarded: Bool = false
    ) throws(StoreError) -> [AttemptRecord] {
        try reading { db in
            var request = AttemptRecord.all()
            if let since { request = request.filter(AttemptRecord.Columns.startedAt >= since) }
            if let questionID { request = request.filter(AttemptRecord.Columns.questionID == questionID) }
            if !includeDiscarded {
                request = request.filter(AttemptRecord.Columns.status != AttemptStatus.discarded.rawValue)
            }
            request = request.order(AttemptRecord.Columns.startedAt.desc, AttemptRecord.Columns.id.desc)
            if let limit { request = request.limit(max(0, limit)) }
            return try request.fetchAll(db)
        }
    }

    /// One attempt, whatever its status; nil when there is no such attempt.
    public func attempt(id: Int64) throws(StoreError) -> AttemptRecord? {
        try reading { db in try AttemptRecord.fetchOne(db, key: id) }
    }

    static func notInProgressMessage(_ attempt: AttemptRecord, doing action: String) -> String {
        switch attempt.status {
        case .graded: "cannot \(action) attempt \(attempt.id): it is already graded; start a new attempt"
        case .discarded: "cannot \(action) attempt \(attempt.id): it was discarded; start a new attempt"
        case .inProgress: "cannot \(action) attempt \(attempt.id)"
        }
    }

    private static func explainNotInProgress(_ id: Int64, _ db: Database, doing action: String) throws {
        guard let attempt = try AttemptRecord.fetchOne(db, key: id) else { throw StoreError.notFound("attempt \(id)") }
        throw StoreError.conflict(notInProgressMessage(attempt, doing: action))
    }
}

// MARK: - Cards and reviews

extension CoachDatabase {
    /// The question's memory state; nil when it has never been reviewed.
    public func card(for questionID: String) throws(StoreError) -> SchedulingCard? {
        try cardRecord(for: questionID)?.schedulingCard
    }

    /// The question's card with its review and lapse counts; nil when it has never been reviewed.
    public func cardRecord(for questionID: String) throws(StoreError) -> CardRecord? {
        try reading { db in try CardRecord.fetchOne(db, key: questionID) }
    }

    /// Cards due at `date` (due on or before it), most overdue first, at most `limit`.
    public func dueCards(at date: Date, limit: Int? = nil) throws(StoreError) -> [CardRecord] {
        try reading { db in
            var request = CardRecord
                .filter(CardRecord.Columns.due <= date)
                .order(CardRecord.Columns.due, CardRecord.Columns.questionID)
            if let limit { request = request.limit(max(0, limit)) }
            return try request.fetchAll(db)
        }
    }

    /// Every card, by question id: the inputs for retrievability and retention statistics.
    public func allCards() throws(StoreError) -> [CardRecord] {
        try reading { db in try CardRecord.order(CardRecord.Columns.questionID).fetchAll(db) }
    }

    /// Records one review in one transaction: the log entry, the card (created on the first
    /// review; reps + 1, lapses + 1 when a card in the review state is rated Again) and, when the
    /// review rates an attempt, the attempt's accepted rating.
    ///
    /// `before` is the card the scheduler started from: nil or a new card for a question never
    /// reviewed, else the stored card as read. If the stored card has changed since (a review in
    /// another window), nothing is written and `StoreError.conflict` is thrown.
    @discardableResult
    public func recordReview(
        questionID: String, attemptID: Int64? = nil, rating: Rating, at reviewedAt: Date,
        before: SchedulingCard?, after: SchedulingCard, retrievability: Double?
    ) throws(StoreError) -> ReviewLogRecord {
        if questionID.isEmpty { throw .invalid("a review needs the id of its question; nothing was saved") }
        try Self.checkLength(questionID, of: "question id", limit: Limit.questionIDCharacters)
        try Self.validate(after, of: questionID)
        if let retrievability, !(retrievability.isFinite && (0...1).contains(retrievability)) {
            throw .invalid("the retrievability of \(questionID) must be between 0 and 1, not \(retrievability); nothing was saved")
        }
        let seconds = after.due.timeIntervalSince(reviewedAt)
        let scheduledDays = max(0, Int((seconds / 86_400 + 1e-6).rounded(.down)))
        let lapsed = before?.state == .review && rating == .again

        return try writing { db in
            let stored = try CardRecord.fetchOne(db, key: questionID)
            if let stored, before.map({ !Self.sameCard(stored.schedulingCard, $0) }) ?? true {
                throw StoreError.conflict(
                    "the card for \(questionID) changed since it was read (reviewed in another window?); nothing was saved, read it again and rate again")
            }
            if let attemptID {
                guard let attempt = try AttemptRecord.fetchOne(db, key: attemptID) else {
                    throw StoreError.notFound("attempt \(attemptID)")
                }
                if attempt.questionID != questionID {
                    throw StoreError.invalid(
                        "attempt \(attemptID) answered \(attempt.questionID), not \(questionID); nothing was saved")
                }
                if attempt.status == .discarded {
                    throw StoreError.conflict(Self.notInProgressMessage(attempt, doing: "rate"))
                }
            }

            let card = CardRecord(
                questionID: questionID, card: after,
                reps: (stored?.reps ?? 0) + 1, lapses: (stored?.lapses ?? 0) + (lapsed ? 1 : 0),
                createdAt: stored?.createdAt ?? reviewedAt)
            try card.save(db)

            var log = ReviewLogRecord(
                rowID: nil, questionID: questionID, attemptID: attemptID, rating: rating, reviewedAt: reviewedAt,
                stateBefore: before?.state, stateAfter: after.state, stepAfter: after.step,
                stabilityAfter: after.stability, difficultyAfter: after.difficulty, retrievability: retrievability,
                scheduledDays: scheduledDays, dueAfter: after.due)
            try log.insert(db)

            if let attemptID {
                try db.execute(
                    sql: "UPDATE attempt SET acceptedRating = ? WHERE id = ?", arguments: [rating.rawValue, attemptID])
            }
            return log
        }
    }

    /// Review logs oldest first, of one question when `questionID` is given: for export and for
    /// replaying through the scheduler.
    public func reviewLogs(questionID: String? = nil) throws(StoreError) -> [ReviewLogRecord] {
        try reading { db in
            var request = ReviewLogRecord.all()
            if let questionID { request = request.filter(ReviewLogRecord.Columns.questionID == questionID) }
            return try request.order(ReviewLogRecord.Columns.reviewedAt, ReviewLogRecord.Columns.id).fetchAll(db)
        }
    }

    private static func validate(_ card: SchedulingCard, of questionID: String) throws(StoreError) {
        if let stability = card.stability, !(stability.isFinite && stability > 0) {
            throw .invalid("the stability of \(questionID) must be a positive number of days, not \(stability); nothing was saved")
        }
        if let difficulty = card.difficulty, !(difficulty.isFinite && (1...10).contains(difficulty)) {
            throw .invalid("the difficulty of \(questionID) must be between 1 and 10, not \(difficulty); nothing was saved")
        }
        if let step = card.step, step < 0 {
            throw .invalid("the learning step of \(questionID) cannot be negative (\(step)); nothing was saved")
        }
    }

    /// Cards compare equal when they agree to the millisecond the store keeps dates in.
    static func sameCard(_ a: SchedulingCard, _ b: SchedulingCard) -> Bool {
        func sameDate(_ x: Date?, _ y: Date?) -> Bool {
            switch (x, y) {
            case (nil, nil): true
            case let (x?, y?): abs(x.timeIntervalSince(y)) < 0.0015
            default: false
            }
        }
        return a.state == b.state && a.step == b.step && a.stability == b.stability && a.difficulty == b.difficulty
            && sameDate(a.due, b.due) && sameDate(a.lastReview, b.lastReview)
    }
}

// MARK: - Mock interviews

extension CoachDatabase {
    /// Saves a new mock interview, in progress; its questions are attempts started with its id.
    @discardableResult
    public func startMock(plannedMinutes: Int, at startedAt: Date = Date()) throws(StoreError) -> MockInterviewRecord {
        guard (1...Limit.mockMinutes).contains(plannedMinutes) else {
            throw .invalid("a mock interview lasts 1 to \(Limit.mockMinutes) minutes, not \(plannedMinutes)")
        }
        var mock = MockInterviewRecord(
            rowID: nil, startedAt: startedAt, endedAt: nil, plannedMinutes: plannedMinutes, scorecardJSON: nil,
            status: .inProgress)
        return try writing { db in
            try mock.insert(db)
            return mock
        }
    }

    /// Finishes a mock interview in progress with its scorecard (JSON, in the mock logic's shape).
    @discardableResult
    public func finishMock(id: Int64, scorecard: Data, at endedAt: Date = Date()) throws(StoreError) -> MockInterviewRecord {
        let scorecardJSON = try Self.jsonText(scorecard, of: "mock interview scorecard")
        return try writing { db in
            guard var mock = try MockInterviewRecord.fetchOne(db, key: id) else {
                throw StoreError.notFound("mock interview \(id)")
            }
            guard mock.status == .inProgress else {
                throw StoreError.conflict("mock interview \(id) is already \(mock.status.rawValue); start a new one")
            }
            mock.endedAt = endedAt
            mock.scorecardJSON = scorecardJSON
            mock.status = .finished
            try mock.update(db)
            return mock
        }
    }

    /// Marks a mock interview in progress abandoned (the user quit); its attempts are kept.
    public func abandonMock(id: Int64, at endedAt: Date = Date()) throws(StoreError) {
        try writing { db in
            guard var mock = try MockInterviewRecord.fetchOne(db, key: id) else {
                throw StoreError.notFound("mock interview \(id)")
            }
            guard mock.status == .inProgress else { return }
            mock.endedAt = endedAt
            mock.status = .abandoned
            try mock.update(db)
        }
    }

    /// Every mock interview, newest first.
    public func mocks() throws(StoreError) -> [MockInterviewRecord] {
        try reading { db in
            try MockInterviewRecord.order(MockInterviewRecord.Columns.startedAt.desc, MockInterviewRecord.Columns.id.desc).fetchAll(db)
        }
    }

    /// One mock interview with its attempts (discarded ones included, in the order started);
    /// nil when there is no such mock interview.
    public func mock(id: Int64) throws(StoreError) -> MockInterview? {
        try reading { db in
            guard let record = try MockInterviewRecord.fetchOne(db, key: id) else { return nil }
            let attempts = try AttemptRecord
                .filter(AttemptRecord.Columns.mockID == id)
                .order(AttemptRecord.Columns.startedAt, AttemptRecord.Columns.id)
                .fetchAll(db)
            return MockInterview(record: record, attempts: attempts)
        }
    }
}

import GRDB

extension CoachDatabase {
    /// Migration "v2-practice": attempts, cards, review logs and mock interviews.
    /// Released migrations never change; a later schema change is a new migration.
    static func createPracticeTables(_ db: Database) throws {
        try db.create(table: "mockInterview") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("startedAt", .datetime).notNull()
            table.column("endedAt", .datetime)
            table.column("plannedMinutes", .integer).notNull()
                .check(sql: "plannedMinutes BETWEEN 1 AND 600")
            table.column("scorecardJSON", .jsonText)
                .check(sql: "scorecardJSON IS NULL OR json_valid(scorecardJSON)")
            table.column("status", .text).notNull()
                .check(sql: "status IN ('in-progress', 'finished', 'abandoned')")
            table.check(sql: "status <> 'finished' OR (endedAt IS NOT NULL AND scorecardJSON IS NOT NULL)")
        }
        try db.create(index: "mockInterview_on_startedAt", on: "mockInterview", columns: ["startedAt"])

        try db.create(table: "attempt") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("questionID", .text).notNull().check(sql: "length(questionID) > 0")
            table.column("questionText", .text).notNull()
            table.column("mode", .text).notNull()
                .check(sql: "mode IN ('drill', 'blind', 'mock', 'web', 'grade')")
            table.column("answerText", .text).notNull().defaults(to: "")
            table.column("startedAt", .datetime).notNull()
            table.column("endedAt", .datetime)
            table.column("durationSeconds", .double).check(sql: "durationSeconds IS NULL OR durationSeconds >= 0")
            table.column("gradeJSON", .jsonText).check(sql: "gradeJSON IS NULL OR json_valid(gradeJSON)")
            for score in ["overallScore", "coverageScore", "structureScore"] {
                table.column(score, .integer).check(sql: "\(score) IS NULL OR \(score) BETWEEN 0 AND 100")
            }
            table.column("archetype", .text)
            table.column("topics", .jsonText).notNull().defaults(to: "[]")
                .check(sql: "json_valid(topics) AND json_type(topics) = 'array'")
            for rating in ["proposedRating", "acceptedRating"] {
                table.column(rating, .integer).check(sql: "\(rating) IS NULL OR \(rating) BETWEEN 1 AND 4")
            }
            table.column("status", .text).notNull()
                .check(sql: "status IN ('in-progress', 'graded', 'discarded')")
            table.column("blindJSON", .jsonText).check(sql: "blindJSON IS NULL OR json_valid(blindJSON)")
            table.column("mockID", .integer)
                .references("mockInterview", onDelete: .setNull)
            // A graded attempt has ended and carries what it was graded on.
            table.check(sql: "status <> 'graded' OR (endedAt IS NOT NULL AND (gradeJSON IS NOT NULL OR blindJSON IS NOT NULL))")
            table.check(sql: "gradeJSON IS NULL OR overallScore IS NOT NULL")
        }
        try db.create(index: "attempt_on_questionID_startedAt", on: "attempt", columns: ["questionID", "startedAt"])
        try db.create(index: "attempt_on_startedAt", on: "attempt", columns: ["startedAt"])
        try db.create(index: "attempt_on_mockID", on: "attempt", columns: ["mockID"])
        try db.create(
            index: "attempt_unfinished", on: "attempt", columns: ["startedAt"],
            condition: Column("status") == AttemptStatus.inProgress.rawValue)

        try db.create(table: "card") { table in
            table.primaryKey("questionID", .text).check(sql: "length(questionID) > 0")
            table.column("state", .text).notNull()
                .check(sql: "state IN ('learning', 'review', 'relearning')")
            table.column("step", .integer).check(sql: "step IS NULL OR step >= 0")
            table.column("stability", .double).check(sql: "stability IS NULL OR stability > 0")
            table.column("difficulty", .double).check(sql: "difficulty IS NULL OR difficulty BETWEEN 1 AND 10")
            table.column("due", .datetime).notNull()
            table.column("lastReview", .datetime)
            table.column("reps", .integer).notNull().defaults(to: 0).check(sql: "reps >= 0")
            table.column("lapses", .integer).notNull().defaults(to: 0).check(sql: "lapses >= 0 AND lapses <= reps")
            table.column("createdAt", .datetime).notNull()
        }
        try db.create(index: "card_on_due", on: "card", columns: ["due"])

        try db.create(table: "reviewLog") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("questionID", .text).notNull()
                .references("card", onDelete: .cascade)
            table.column("attemptID", .integer)
                .references("attempt", onDelete: .setNull)
            table.column("rating", .integer).notNull().check(sql: "rating BETWEEN 1 AND 4")
            table.column("reviewedAt", .datetime).notNull()
            table.column("stateBefore", .text)
                .check(sql: "stateBefore IS NULL OR stateBefore IN ('learning', 'review', 'relearning')")
            table.column("stateAfter", .text).notNull()
                .check(sql: "stateAfter IN ('learning', 'review', 'relearning')")
            table.column("stepAfter", .integer).check(sql: "stepAfter IS NULL OR stepAfter >= 0")
            table.column("stabilityAfter", .double).check(sql: "stabilityAfter IS NULL OR stabilityAfter > 0")
            table.column("difficultyAfter", .double)
                .check(sql: "difficultyAfter IS NULL OR difficultyAfter BETWEEN 1 AND 10")
            table.column("retrievability", .double)
                .check(sql: "retrievability IS NULL OR retrievability BETWEEN 0 AND 1")
            table.column("scheduledDays", .integer).notNull().check(sql: "scheduledDays >= 0")
            table.column("dueAfter", .datetime).notNull()
        }
        try db.create(index: "reviewLog_on_questionID_reviewedAt", on: "reviewLog", columns: ["questionID", "reviewedAt"])
        try db.create(index: "reviewLog_on_attemptID", on: "reviewLog", columns: ["attemptID"])
        try db.create(index: "reviewLog_on_reviewedAt", on: "reviewLog", columns: ["reviewedAt"])
    }
}

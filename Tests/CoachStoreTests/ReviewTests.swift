import CoachCore
import Foundation
import GRDB
import Testing
@testable import CoachStore

@Suite struct ReviewTests {
    let day: TimeInterval = 86_400

    func learned(due: Date, lastReview: Date, stability: Double = 3.1, difficulty: Double = 5.2) -> SchedulingCard {
        SchedulingCard(state: .review, step: nil, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview)
    }

    @Test func theFirstReviewCreatesTheCardAndItsLog() throws {
        let database = try CoachDatabase.inMemory()
        #expect(try database.card(for: "builtin/kv-cache") == nil)
        let after = SchedulingCard(
            state: .learning, step: 1, stability: 2.3065, difficulty: 2.118104, due: march(3, 12, 10), lastReview: march(3))
        let log = try database.recordReview(
            questionID: "builtin/kv-cache", rating: .good, at: march(3), before: SchedulingCard(due: march(3)),
            after: after, retrievability: nil)

        #expect(try database.card(for: "builtin/kv-cache") == after)
        let record = try #require(try database.cardRecord(for: "builtin/kv-cache"))
        #expect(record.reps == 1 && record.lapses == 0)
        #expect(record.createdAt == march(3))

        #expect(log.id > 0)
        #expect(try database.reviewLogs() == [log])
        #expect(log.stateBefore == .learning && log.stateAfter == .learning && log.stepAfter == 1)
        #expect(log.stabilityAfter == 2.3065 && log.difficultyAfter == 2.118104)
        #expect(log.scheduledDays == 0 && log.dueAfter == march(3, 12, 10))
    }

    @Test func repsCountEveryReviewAndLapsesOnlyForgettingAReviewCard() throws {
        let database = try CoachDatabase.inMemory()
        let id = "repo/39_rag/GRILL.md#1"
        // New → review (Good), review → relearning (Again: a lapse), relearning → relearning (Again: not a lapse).
        let first = learned(due: march(6), lastReview: march(3))
        try database.recordReview(questionID: id, rating: .good, at: march(3), before: nil, after: first, retrievability: nil)
        let second = SchedulingCard(state: .relearning, step: 0, stability: 1.1, difficulty: 7.0, due: march(6, 12, 10), lastReview: march(6))
        try database.recordReview(questionID: id, rating: .again, at: march(6), before: first, after: second, retrievability: 0.9)
        let third = SchedulingCard(state: .relearning, step: 0, stability: 0.9, difficulty: 8.0, due: march(6, 12, 20), lastReview: march(6, 12, 10))
        try database.recordReview(questionID: id, rating: .again, at: march(6, 12, 10), before: second, after: third, retrievability: 0.99)

        let record = try #require(try database.cardRecord(for: id))
        #expect(record.reps == 3)
        #expect(record.lapses == 1)
        #expect(record.schedulingCard == third)
        #expect(record.createdAt == march(3))
        let logs = try database.reviewLogs(questionID: id)
        #expect(logs.map(\.rating) == [.good, .again, .again])
        #expect(logs.map(\.stateBefore) == [nil, .review, .relearning])
        #expect(logs.map(\.scheduledDays) == [3, 0, 0])
        #expect(logs.map(\.retrievability) == [nil, 0.9, 0.99])
        #expect(try database.reviewCount() == 3)
        #expect(try database.reviewCount(from: march(6)) == 2)
    }

    @Test func dueCardsComeMostOverdueFirst() throws {
        let database = try CoachDatabase.inMemory()
        let dues: [(String, Date)] = [
            ("builtin/c", march(5)), ("builtin/a", march(2)), ("builtin/later", march(20)),
            ("builtin/b", march(4)), ("builtin/d", march(5)),
        ]
        for (id, due) in dues {
            try database.recordReview(
                questionID: id, rating: .good, at: march(1), before: nil, after: learned(due: due, lastReview: march(1)),
                retrievability: nil)
        }
        let due = try database.dueCards(at: march(10))
        #expect(due.map(\.questionID) == ["builtin/a", "builtin/b", "builtin/c", "builtin/d"])
        #expect(try database.dueCards(at: march(10), limit: 2).map(\.questionID) == ["builtin/a", "builtin/b"])
        #expect(try database.dueCards(at: march(4)).map(\.questionID) == ["builtin/a", "builtin/b"], "due exactly now counts")
        #expect(try database.dueCards(at: march(1)).isEmpty)
        #expect(try database.allCards().map(\.questionID) == ["builtin/a", "builtin/b", "builtin/c", "builtin/d", "builtin/later"])
    }

    @Test func aReviewOfAnAttemptRecordsTheAcceptedRating() throws {
        let database = try CoachDatabase.inMemory()
        let attempt = try gradedAttempt(database, question: "builtin/kv-cache", at: march(3), overall: 80)
        let log = try database.recordReview(
            questionID: "builtin/kv-cache", attemptID: attempt.id, rating: .hard, at: march(3, 12, 5), before: nil,
            after: learned(due: march(5), lastReview: march(3, 12, 5)), retrievability: nil)
        #expect(log.attemptID == attempt.id)
        #expect(try database.attempt(id: attempt.id)?.acceptedRating == .hard)

        let wrongQuestion = storeError {
            try database.recordReview(
                questionID: "builtin/other", attemptID: attempt.id, rating: .good, at: march(4), before: nil,
                after: learned(due: march(8), lastReview: march(4)), retrievability: nil)
        }
        #expect("\(try #require(wrongQuestion))".contains("answered builtin/kv-cache, not builtin/other"))
        #expect(try database.card(for: "builtin/other") == nil)
        let missing = storeError {
            try database.recordReview(
                questionID: "builtin/other", attemptID: 404, rating: .good, at: march(4), before: nil,
                after: learned(due: march(8), lastReview: march(4)), retrievability: nil)
        }
        #expect("\(try #require(missing))" == "there is no attempt 404 in the database")
    }

    @Test func aReviewIsAllOrNothing() throws {
        let database = try CoachDatabase.inMemory()
        let id = "builtin/kv-cache"
        let attempt = try gradedAttempt(database, question: id, at: march(3), overall: 80)
        let first = learned(due: march(6), lastReview: march(3))
        try database.recordReview(questionID: id, rating: .good, at: march(3), before: nil, after: first, retrievability: nil)

        // The log insert fails after the card has been updated in the same transaction.
        try database.writer.write { db in
            try db.execute(sql: """
                CREATE TEMP TRIGGER failLogs BEFORE INSERT ON reviewLog
                BEGIN SELECT RAISE(ABORT, 'simulated failure while writing the log'); END
                """)
        }
        let failure = storeError {
            try database.recordReview(
                questionID: id, attemptID: attempt.id, rating: .again, at: march(6), before: first,
                after: SchedulingCard(state: .relearning, step: 0, stability: 1, difficulty: 7, due: march(6, 12, 10), lastReview: march(6)),
                retrievability: 0.9)
        }
        #expect("\(try #require(failure))".contains("simulated failure"))
        let record = try #require(try database.cardRecord(for: id))
        #expect(record.schedulingCard == first, "the card update was rolled back")
        #expect(record.reps == 1 && record.lapses == 0)
        #expect(try database.reviewLogs().count == 1)
        #expect(try database.attempt(id: attempt.id)?.acceptedRating == nil)

        let newCard = storeError {
            try database.recordReview(
                questionID: "builtin/new", rating: .good, at: march(6), before: nil,
                after: learned(due: march(9), lastReview: march(6)), retrievability: nil)
        }
        #expect(newCard != nil)
        #expect(try database.card(for: "builtin/new") == nil, "no card without its log")
    }

    @Test func aStaleCardIsRefused() throws {
        let database = try CoachDatabase.inMemory()
        let id = "builtin/kv-cache"
        let first = learned(due: march(6), lastReview: march(3))
        try database.recordReview(questionID: id, rating: .good, at: march(3), before: nil, after: first, retrievability: nil)
        // Another window reviewed the card in the meantime.
        let second = learned(due: march(12), lastReview: march(6), stability: 6.5)
        try database.recordReview(questionID: id, rating: .good, at: march(6), before: first, after: second, retrievability: 0.9)

        for stale in [first, nil] as [SchedulingCard?] {
            let conflict = storeError {
                try database.recordReview(
                    questionID: id, rating: .easy, at: march(6, 13), before: stale,
                    after: learned(due: march(20), lastReview: march(6, 13)), retrievability: 0.9)
            }
            guard case .conflict = try #require(conflict) else {
                Issue.record("expected a conflict, got \(String(describing: conflict))")
                continue
            }
        }
        #expect(try database.card(for: id) == second)
        #expect(try database.reviewLogs().count == 2)
    }

    @Test func cardsReadBackFromTheStoreAreAcceptedAsBefore() throws {
        let database = try CoachDatabase.inMemory()
        let id = "builtin/kv-cache"
        // Sub-millisecond parts are dropped by the store; the card read back still matches.
        let reviewed = Date(timeIntervalSince1970: 1_741_000_000.123456)
        try database.recordReview(
            questionID: id, rating: .good, at: reviewed, before: nil,
            after: learned(due: reviewed.addingTimeInterval(3 * day), lastReview: reviewed), retrievability: nil)
        let stored = try #require(try database.card(for: id))
        #expect(abs(stored.due.timeIntervalSince(reviewed.addingTimeInterval(3 * day))) < 0.001)
        try database.recordReview(
            questionID: id, rating: .good, at: stored.due, before: stored,
            after: learned(due: stored.due.addingTimeInterval(9 * day), lastReview: stored.due), retrievability: 0.9)
        #expect(try database.cardRecord(for: id)?.reps == 2)
    }

    @Test func impossibleCardValuesAreRefusedBeforeWriting() throws {
        let database = try CoachDatabase.inMemory()
        let bad: [(SchedulingCard, String)] = [
            (learned(due: march(5), lastReview: march(1), stability: .nan), "stability"),
            (learned(due: march(5), lastReview: march(1), stability: 0), "stability"),
            (learned(due: march(5), lastReview: march(1), difficulty: 11), "difficulty"),
            (SchedulingCard(state: .learning, step: -1, stability: nil, difficulty: nil, due: march(5), lastReview: nil), "step"),
        ]
        for (card, field) in bad {
            let error = storeError {
                try database.recordReview(questionID: "builtin/a", rating: .good, at: march(1), before: nil, after: card, retrievability: nil)
            }
            #expect("\(try #require(error))".contains(field))
        }
        let retrievability = storeError {
            try database.recordReview(
                questionID: "builtin/a", rating: .good, at: march(1), before: nil,
                after: learned(due: march(5), lastReview: march(1)), retrievability: 1.5)
        }
        #expect("\(try #require(retrievability))".contains("retrievability"))
        #expect(try database.allCards().isEmpty)
    }
}

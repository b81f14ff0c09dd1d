import CoachCore
import Foundation
import GRDB
import Testing
@testable import CoachStore

@Suite struct AttemptTests {
    @Test func anAttemptIsSavedBeforeGradingAndItsDraftFollowsTheTyping() throws {
        let database = try CoachDatabase.inMemory()
        let started = try database.startAttempt(
            questionID: "builtin/kv-cache", questionText: "Why does a KV cache help?", mode: .drill,
            archetype: .why, topics: ["06", "04"], answer: "It stores", at: march(3, 9))
        #expect(started.id > 0)
        #expect(started.status == .inProgress)

        try database.saveDraft(attemptID: started.id, text: "It stores keys and values")
        let stored = try #require(try database.attempt(id: started.id))
        #expect(stored.answerText == "It stores keys and values")
        #expect(stored.questionText == "Why does a KV cache help?")
        #expect(stored.topics == ["06", "04"])
        #expect(stored.archetype == .why)
        #expect(stored.endedAt == nil && stored.gradeJSON == nil && stored.overallScore == nil)
        #expect(try database.unfinishedAttempts().map(\.id) == [started.id])
    }

    @Test func finishingStoresTheGradeAndItsScores() throws {
        let database = try CoachDatabase.inMemory()
        let attempt = try database.startAttempt(
            questionID: "repo/39_rag/GRILL.md#4", questionText: "How would you chunk?", mode: .web,
            archetype: .design, topics: ["39"], at: march(3, 9))
        let finished = try database.finishAttempt(
            id: attempt.id, answer: "Chunk by section, then…", endedAt: march(3, 9, 7),
            grade: try sampleGrade(overall: 72, coverage: 60, structure: nil), proposedRating: .good)

        #expect(finished.status == .graded)
        #expect(finished.durationSeconds == 420)
        let stored = try #require(try database.attempt(id: attempt.id))
        #expect(stored == finished)
        #expect(stored.answerText == "Chunk by section, then…")
        #expect(stored.endedAt == march(3, 9, 7))
        #expect(stored.overallScore == 72 && stored.coverageScore == 60 && stored.structureScore == nil)
        #expect(stored.proposedRating == .good && stored.acceptedRating == nil)
        let grade = try #require(try stored.grade())
        #expect(grade.scores.overall == 72)
        #expect(grade.moves.first?.evidence.first?.text == "Goal")
        #expect(grade.advice == ["Name a baseline before iterating."])
        #expect(try database.unfinishedAttempts().isEmpty)
    }

    @Test func aBlindDrillKeepsWhatTheUserNamed() throws {
        let database = try CoachDatabase.inMemory()
        let attempt = try database.startAttempt(questionID: "builtin/q", questionText: "Q?", mode: .blind, at: march(3))
        let blind = Data(#"{"named": {"archetype": "debug", "topics": ["03"]}, "archetype_correct": false}"#.utf8)
        try database.finishAttempt(id: attempt.id, answer: "", endedAt: march(3, 12, 1), grade: nil, blindResult: blind)
        let stored = try #require(try database.attempt(id: attempt.id))
        #expect(stored.status == .graded)
        #expect(stored.gradeJSON == nil)
        #expect(try stored.grade() == nil)
        let named = try JSONSerialization.jsonObject(with: Data(try #require(stored.blindJSON).utf8)) as? [String: Any]
        #expect(named?["archetype_correct"] as? Bool == false)
    }

    @Test func finishingNeedsSomethingToFinishWithAndRefusesBrokenJSON() throws {
        let database = try CoachDatabase.inMemory()
        let attempt = try database.startAttempt(questionID: "builtin/q", questionText: "Q?", mode: .blind, at: march(3))
        let nothing = storeError { try database.finishAttempt(id: attempt.id, answer: "x", grade: nil) }
        #expect("\(try #require(nothing))".contains("needs a grade or a blind-drill result"))
        let broken = storeError {
            try database.finishAttempt(id: attempt.id, answer: "x", grade: nil, blindResult: Data("{named".utf8))
        }
        #expect("\(try #require(broken))".contains("not valid JSON"))
        #expect(try database.attempt(id: attempt.id)?.status == .inProgress, "nothing was written")
        let missing = storeError { try database.finishAttempt(id: 999, answer: "x", grade: try sampleGrade(overall: 1)) }
        #expect("\(try #require(missing))" == "there is no attempt 999 in the database")
    }

    @Test func aFinishedOrDiscardedAttemptCannotBeOverwritten() throws {
        let database = try CoachDatabase.inMemory()
        let graded = try gradedAttempt(database, at: march(3), overall: 50)
        let draft = storeError { try database.saveDraft(attemptID: graded.id, text: "rewritten") }
        #expect("\(try #require(draft))".contains("already graded"))
        let again = storeError { try database.finishAttempt(id: graded.id, answer: "x", grade: try sampleGrade(overall: 99)) }
        #expect("\(try #require(again))".contains("already graded"))
        #expect(try database.attempt(id: graded.id)?.overallScore == 50)

        let open = try database.startAttempt(questionID: "builtin/q", questionText: "Q?", mode: .drill, at: march(4))
        try database.discardAttempt(id: open.id)
        try database.discardAttempt(id: open.id)  // twice is harmless
        let finishDiscarded = storeError { try database.finishAttempt(id: open.id, answer: "x", grade: try sampleGrade(overall: 1)) }
        #expect("\(try #require(finishDiscarded))".contains("was discarded"))
        #expect(storeError { try database.saveDraft(attemptID: 12345, text: "x") }.map { "\($0)" } == "there is no attempt 12345 in the database")
        #expect(storeError { try database.discardAttempt(id: 12345) } != nil)
    }

    @Test func discardedAttemptsLeaveRecoveryHistoryAndExport() throws {
        let database = try CoachDatabase.inMemory()
        let kept = try database.startAttempt(questionID: "builtin/a", questionText: "A?", mode: .drill, at: march(3, 9))
        let dropped = try database.startAttempt(questionID: "builtin/b", questionText: "B?", mode: .drill, at: march(3, 10))
        try database.discardAttempt(id: dropped.id)
        #expect(try database.unfinishedAttempts().map(\.id) == [kept.id])
        #expect(try database.attempts().map(\.id) == [kept.id])
        #expect(try database.attempts(includeDiscarded: true).map(\.id) == [dropped.id, kept.id])
        #expect(try database.allAttempts().map(\.id) == [kept.id])
        #expect(try database.attempt(id: dropped.id)?.status == .discarded)
        #expect(try database.attemptCount() == 1)
        #expect(try database.attemptCount(status: .discarded) == 1)
    }

    @Test func unfinishedAttemptsSurviveReopeningTheFile() throws {
        let file = TemporaryDatabaseFile()
        defer { file.cleanUp() }
        do {
            let database = try CoachDatabase.open(path: file.path)
            let attempt = try database.startAttempt(questionID: "builtin/a", questionText: "A?", mode: .drill, at: march(3))
            try database.saveDraft(attemptID: attempt.id, text: "half an answer")
            // The process "dies" here: the database goes away without finishing the attempt.
        }
        let reopened = try CoachDatabase.open(path: file.path)
        let unfinished = try reopened.unfinishedAttempts()
        #expect(unfinished.map(\.answerText) == ["half an answer"])
        try reopened.finishAttempt(id: unfinished[0].id, answer: "a whole answer", endedAt: march(3, 13), grade: try sampleGrade(overall: 61))
        #expect(try reopened.unfinishedAttempts().isEmpty)
    }

    @Test func historyFiltersBySinceQuestionAndLimitNewestFirst() throws {
        let database = try CoachDatabase.inMemory()
        let first = try gradedAttempt(database, question: "builtin/a", at: march(1), overall: 10)
        let second = try gradedAttempt(database, question: "builtin/b", at: march(2), overall: 20)
        let third = try gradedAttempt(database, question: "builtin/a", at: march(3), overall: 30)
        let fourth = try gradedAttempt(database, question: "builtin/a", at: march(4), overall: 40)
        #expect(try database.attempts().map(\.id) == [fourth.id, third.id, second.id, first.id])
        #expect(try database.attempts(questionID: "builtin/a").map(\.id) == [fourth.id, third.id, first.id])
        #expect(try database.attempts(since: march(2)).map(\.id) == [fourth.id, third.id, second.id])
        #expect(try database.attempts(since: march(2), questionID: "builtin/a", limit: 1).map(\.id) == [fourth.id])
        #expect(try database.allAttempts().map(\.id) == [first.id, second.id, third.id, fourth.id])
        #expect(try database.attempt(id: 999) == nil)
    }

    @Test func answersHaveASizeLimitAndAnOversizedOneChangesNothing() throws {
        let database = try CoachDatabase.inMemory()
        let limit = CoachDatabase.Limit.answerCharacters
        #expect(limit == 200_000)
        let tooLong = String(repeating: "é", count: limit + 1)
        let atStart = storeError {
            try database.startAttempt(questionID: "builtin/a", questionText: "A?", mode: .drill, answer: tooLong)
        }
        #expect("\(try #require(atStart))" == "the answer is too long to save: 200001 characters, the limit is 200000; shorten it")
        #expect(try database.attemptCount(status: .inProgress) == 0)

        let attempt = try database.startAttempt(
            questionID: "builtin/a", questionText: "A?", mode: .drill, answer: String(repeating: "é", count: limit))
        #expect(try database.attempt(id: attempt.id)?.answerText.unicodeScalars.count == limit)
        if case .tooLarge = try #require(storeError { try database.saveDraft(attemptID: attempt.id, text: tooLong) }) {} else {
            Issue.record("saveDraft accepted an oversized answer")
        }
        #expect(storeError { try database.finishAttempt(id: attempt.id, answer: tooLong, grade: try sampleGrade(overall: 1)) } != nil)
        #expect(try database.attempt(id: attempt.id)?.answerText.unicodeScalars.count == limit, "the stored answer is unchanged")
        #expect(storeError { try database.startAttempt(questionID: "", questionText: "A?", mode: .drill) } != nil)
    }
}

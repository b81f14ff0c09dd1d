import Foundation
import Testing
@testable import CoachStore

@Suite struct MockInterviewTests {
    @Test func aMockInterviewKeepsItsAttemptsAndScorecard() throws {
        let database = try CoachDatabase.inMemory()
        let mock = try database.startMock(plannedMinutes: 45, at: march(3, 9))
        #expect(mock.status == .inProgress)
        let first = try database.startAttempt(
            questionID: "builtin/a", questionText: "A?", mode: .mock, mockID: mock.id, at: march(3, 9, 1))
        try database.finishAttempt(id: first.id, answer: "a", endedAt: march(3, 9, 15), grade: try sampleGrade(overall: 70))
        let second = try database.startAttempt(
            questionID: "builtin/b", questionText: "B?", mode: .mock, mockID: mock.id, at: march(3, 9, 16))
        try database.startAttempt(questionID: "builtin/c", questionText: "C?", mode: .drill, at: march(3, 9, 20))

        let scorecard = Data(#"{"overall": 68, "questions": 2, "verdict": "lean hire"}"#.utf8)
        let finished = try database.finishMock(id: mock.id, scorecard: scorecard, at: march(3, 9, 50))
        #expect(finished.status == .finished && finished.endedAt == march(3, 9, 50))

        let loaded = try #require(try database.mock(id: mock.id))
        #expect(loaded.record == finished)
        #expect(loaded.record.plannedMinutes == 45)
        #expect(loaded.attempts.map(\.id) == [first.id, second.id])
        let card = try JSONSerialization.jsonObject(with: Data(try #require(loaded.record.scorecardJSON).utf8)) as? [String: Any]
        #expect(card?["verdict"] as? String == "lean hire")
        #expect(try database.mock(id: 999) == nil)
    }

    @Test func mocksAreListedNewestFirstAndFinishOnlyOnce() throws {
        let database = try CoachDatabase.inMemory()
        let older = try database.startMock(plannedMinutes: 30, at: march(1))
        let newer = try database.startMock(plannedMinutes: 60, at: march(2))
        try database.abandonMock(id: older.id, at: march(1, 12, 10))
        #expect(try database.mocks().map(\.id) == [newer.id, older.id])
        #expect(try database.mocks().map(\.status) == [.inProgress, .abandoned])

        let abandoned = storeError { try database.finishMock(id: older.id, scorecard: Data("{}".utf8)) }
        #expect("\(try #require(abandoned))".contains("already abandoned"))
        let broken = storeError { try database.finishMock(id: newer.id, scorecard: Data("not json".utf8)) }
        #expect("\(try #require(broken))".contains("not valid JSON"))
        #expect(try database.mock(id: newer.id)?.record.status == .inProgress)
        let missing = storeError { try database.finishMock(id: 77, scorecard: Data("{}".utf8)) }
        #expect("\(try #require(missing))" == "there is no mock interview 77 in the database")
        let noSuchMock = storeError {
            try database.startAttempt(questionID: "builtin/a", questionText: "A?", mode: .mock, mockID: 77)
        }
        #expect("\(try #require(noSuchMock))" == "there is no mock interview 77 in the database")
        #expect(storeError { try database.startMock(plannedMinutes: 0) } != nil)
        let huge = storeError {
            try database.finishMock(id: newer.id, scorecard: Data(("\"" + String(repeating: "x", count: 1_000_001) + "\"").utf8))
        }
        #expect("\(try #require(huge))".contains("bytes, the limit is 1000000"))
    }
}

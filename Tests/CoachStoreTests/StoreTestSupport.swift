import CoachCore
import Foundation
@testable import CoachStore

/// A fresh database file path in the temporary folder, removed (with its WAL files) by `cleanUp`.
struct TemporaryDatabaseFile {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("coach-\(UUID().uuidString).sqlite").path

    func cleanUp() {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

/// A fixed instant: `day` of March 2025 at `hour`:`minute` UTC.
func march(_ day: Int, _ hour: Int = 12, _ minute: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: 2025, month: 3, day: day, hour: hour, minute: minute))!
}

func calendar(_ timeZone: String) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: timeZone)!
    calendar.firstWeekday = 2  // Monday
    return calendar
}

/// A grade in the grader's JSON shape, with the given scores.
func sampleGrade(overall: Int, coverage: Int? = nil, structure: Int? = nil) throws -> Grade {
    func json(_ value: Int?) -> String { value.map(String.init) ?? "null" }
    let text = """
        {"scope": "open",
         "scores": {"overall": \(overall), "coverage": \(json(coverage)), "structure": \(json(structure))},
         "moves": [{"id": "goal", "present": true, "evidence": [{"start": 0, "end": 4, "text": "Goal"}]}],
         "key_points": [{"text": "KV cache", "covered": false, "match": 0.25, "evidence": []}],
         "failure_modes": [],
         "advice": ["Name a baseline before iterating."],
         "stats": {"words": 120, "speaking_minutes": 0.9, "words_per_minute": 130,
                   "fillers_per_100_words": 0, "hedges_per_100_words": 1.5, "fits_five_minutes": true},
         "notes": []}
        """
    return try JSONDecoder().decode(Grade.self, from: Data(text.utf8))
}

/// Starts and grades one attempt.
@discardableResult
func gradedAttempt(
    _ database: CoachDatabase, question: String = "builtin/kv-cache", archetype: ArchetypeID? = .why,
    topics: [String] = ["06"], at startedAt: Date, overall: Int, coverage: Int? = nil, structure: Int? = nil,
    mode: AttemptMode = .drill
) throws -> AttemptRecord {
    let attempt = try database.startAttempt(
        questionID: question, questionText: "Why does a KV cache help?", mode: mode, archetype: archetype,
        topics: topics, at: startedAt)
    return try database.finishAttempt(
        id: attempt.id, answer: "Because…", endedAt: startedAt.addingTimeInterval(300),
        grade: try sampleGrade(overall: overall, coverage: coverage, structure: structure))
}

/// The `StoreError` that `expression` throws; nil when it succeeds.
func storeError(_ expression: () throws -> Void) -> StoreError? {
    do {
        try expression()
        return nil
    } catch let error as StoreError {
        return error
    } catch {
        return .failed("not a StoreError: \(error)")
    }
}

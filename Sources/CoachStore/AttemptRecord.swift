import CoachCore
import Foundation
import GRDB

/// How an attempt came about.
public enum AttemptMode: String, Codable, Sendable, CaseIterable {
    /// A timed drill on one question.
    case drill
    /// A blind drill: the user names the archetype and topics before answering.
    case blind
    /// One question of a mock interview (the attempt's `mockID` says which).
    case mock
    /// An answer typed in the web app.
    case web
    /// `coach grade` on a question from the bank.
    case grade
}

/// Where an attempt is in its life: written as `inProgress` before anything can fail, then
/// `graded` or `discarded`.
public enum AttemptStatus: String, Codable, Sendable, CaseIterable {
    case inProgress = "in-progress"
    case graded
    case discarded
}

/// One answer to one question: saved when the answer starts, updated as it is typed, and
/// finished with its grade. Keeps the question's text as shown, so the record stays readable
/// if the pack changes.
public struct AttemptRecord: Codable, Sendable, Identifiable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "attempt"

    /// Nil only before the first insert; every record the store returns has one (see `id`).
    var rowID: Int64?
    public var questionID: String
    public var questionText: String
    public var mode: AttemptMode
    public var answerText: String
    public var startedAt: Date
    public var endedAt: Date?
    /// Seconds spent answering; nil until the attempt is finished.
    public var durationSeconds: Double?
    /// The `Grade` as JSON (`coach grade --format json`'s shape); nil until graded. See `grade()`.
    public var gradeJSON: String?
    /// 0–100, copied from the grade so statistics need not decode it.
    public var overallScore: Int?
    public var coverageScore: Int?
    public var structureScore: Int?
    /// The question's archetype when known.
    public var archetype: ArchetypeID?
    /// The question's topic numbers (`["39", "06"]`), stored as a JSON array.
    public var topics: [String]
    /// The rating the coach proposed from the grade, and the one the user accepted (set when the
    /// review is recorded).
    public var proposedRating: Rating?
    public var acceptedRating: Rating?
    public var status: AttemptStatus
    /// For a blind drill: what the user named and how it scored, as JSON (its shape is the caller's).
    public var blindJSON: String?
    public var mockID: Int64?

    /// The attempt's id; always present on records read from the store.
    public var id: Int64 { rowID ?? 0 }

    enum CodingKeys: String, CodingKey {
        case rowID = "id"
        case questionID, questionText, mode, answerText, startedAt, endedAt, durationSeconds, gradeJSON
        case overallScore, coverageScore, structureScore, archetype, topics, proposedRating, acceptedRating
        case status, blindJSON, mockID
    }

    /// The table's columns, for queries of your own.
    public enum Columns {
        public static let id = Column(CodingKeys.rowID)
        public static let questionID = Column(CodingKeys.questionID)
        public static let questionText = Column(CodingKeys.questionText)
        public static let mode = Column(CodingKeys.mode)
        public static let answerText = Column(CodingKeys.answerText)
        public static let startedAt = Column(CodingKeys.startedAt)
        public static let endedAt = Column(CodingKeys.endedAt)
        public static let durationSeconds = Column(CodingKeys.durationSeconds)
        public static let gradeJSON = Column(CodingKeys.gradeJSON)
        public static let overallScore = Column(CodingKeys.overallScore)
        public static let coverageScore = Column(CodingKeys.coverageScore)
        public static let structureScore = Column(CodingKeys.structureScore)
        public static let archetype = Column(CodingKeys.archetype)
        public static let topics = Column(CodingKeys.topics)
        public static let proposedRating = Column(CodingKeys.proposedRating)
        public static let acceptedRating = Column(CodingKeys.acceptedRating)
        public static let status = Column(CodingKeys.status)
        public static let blindJSON = Column(CodingKeys.blindJSON)
        public static let mockID = Column(CodingKeys.mockID)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        rowID = inserted.rowID
    }

    /// The stored grade, decoded; nil when the attempt has not been graded.
    public func grade() throws(StoreError) -> Grade? {
        guard let gradeJSON else { return nil }
        do {
            return try JSONDecoder().decode(Grade.self, from: Data(gradeJSON.utf8))
        } catch {
            throw .corruptRecord(what: "grade of attempt \(id)", reason: "\(error)")
        }
    }
}

import Foundation
import GRDB

/// Where a mock interview is in its life.
public enum MockStatus: String, Codable, Sendable, CaseIterable {
    case inProgress = "in-progress"
    case finished
    case abandoned
}

/// One timed mock interview; its questions are attempts whose `mockID` is this id.
public struct MockInterviewRecord: Codable, Sendable, Identifiable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "mockInterview"

    /// Nil only before the first insert; every record the store returns has one (see `id`).
    var rowID: Int64?
    public var startedAt: Date
    public var endedAt: Date?
    public var plannedMinutes: Int
    /// The scorecard as JSON (its shape is the mock-interview logic's); nil until finished.
    public var scorecardJSON: String?
    public var status: MockStatus

    /// The mock interview's id; always present on records read from the store.
    public var id: Int64 { rowID ?? 0 }

    enum CodingKeys: String, CodingKey {
        case rowID = "id"
        case startedAt, endedAt, plannedMinutes, scorecardJSON, status
    }

    /// The table's columns, for queries of your own.
    public enum Columns {
        public static let id = Column(CodingKeys.rowID)
        public static let startedAt = Column(CodingKeys.startedAt)
        public static let endedAt = Column(CodingKeys.endedAt)
        public static let plannedMinutes = Column(CodingKeys.plannedMinutes)
        public static let scorecardJSON = Column(CodingKeys.scorecardJSON)
        public static let status = Column(CodingKeys.status)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        rowID = inserted.rowID
    }
}

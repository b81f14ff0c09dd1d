import CoachCore
import Foundation
import GRDB

/// One review of a card: the rating, the card before and after, and what the scheduler knew.
public struct ReviewLogRecord: Codable, Sendable, Identifiable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "reviewLog"

    /// Nil only before the first insert; every record the store returns has one (see `id`).
    var rowID: Int64?
    public var questionID: String
    /// The attempt that was rated, when the review came from an answer.
    public var attemptID: Int64?
    public var rating: Rating
    public var reviewedAt: Date
    /// Nil when the card was new (first review).
    public var stateBefore: CardState?
    public var stateAfter: CardState
    public var stepAfter: Int?
    public var stabilityAfter: Double?
    public var difficultyAfter: Double?
    /// 0–1: the probability of recall at the review, as the scheduler computed it; nil for a new card.
    public var retrievability: Double?
    /// Whole days from the review to the next due date (0 for a learning step).
    public var scheduledDays: Int
    public var dueAfter: Date

    /// The log's id; always present on records read from the store.
    public var id: Int64 { rowID ?? 0 }

    enum CodingKeys: String, CodingKey {
        case rowID = "id"
        case questionID, attemptID, rating, reviewedAt, stateBefore, stateAfter, stepAfter
        case stabilityAfter, difficultyAfter, retrievability, scheduledDays, dueAfter
    }

    /// The table's columns, for queries of your own.
    public enum Columns {
        public static let id = Column(CodingKeys.rowID)
        public static let questionID = Column(CodingKeys.questionID)
        public static let attemptID = Column(CodingKeys.attemptID)
        public static let rating = Column(CodingKeys.rating)
        public static let reviewedAt = Column(CodingKeys.reviewedAt)
        public static let stateBefore = Column(CodingKeys.stateBefore)
        public static let stateAfter = Column(CodingKeys.stateAfter)
        public static let stepAfter = Column(CodingKeys.stepAfter)
        public static let stabilityAfter = Column(CodingKeys.stabilityAfter)
        public static let difficultyAfter = Column(CodingKeys.difficultyAfter)
        public static let retrievability = Column(CodingKeys.retrievability)
        public static let scheduledDays = Column(CodingKeys.scheduledDays)
        public static let dueAfter = Column(CodingKeys.dueAfter)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        rowID = inserted.rowID
    }
}

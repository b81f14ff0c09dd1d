import CoachCore
import Foundation
import GRDB

/// One question's FSRS memory state, with the counts the scheduler does not keep.
/// Created by the first `recordReview` of the question.
public struct CardRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "card"

    public var questionID: String
    public var state: CardState
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?
    /// Reviews recorded for the card.
    public var reps: Int
    /// Times the card was forgotten: rated Again while in the review state.
    public var lapses: Int
    public var createdAt: Date

    /// The table's columns, for queries of your own.
    public enum Columns {
        public static let questionID = Column(CodingKeys.questionID)
        public static let state = Column(CodingKeys.state)
        public static let step = Column(CodingKeys.step)
        public static let stability = Column(CodingKeys.stability)
        public static let difficulty = Column(CodingKeys.difficulty)
        public static let due = Column(CodingKeys.due)
        public static let lastReview = Column(CodingKeys.lastReview)
        public static let reps = Column(CodingKeys.reps)
        public static let lapses = Column(CodingKeys.lapses)
        public static let createdAt = Column(CodingKeys.createdAt)
    }

    /// The part of the card the scheduler reads and writes.
    public var schedulingCard: SchedulingCard {
        SchedulingCard(state: state, step: step, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview)
    }

    init(questionID: String, card: SchedulingCard, reps: Int, lapses: Int, createdAt: Date) {
        self.questionID = questionID
        state = card.state
        step = card.step
        stability = card.stability
        difficulty = card.difficulty
        due = card.due
        lastReview = card.lastReview
        self.reps = reps
        self.lapses = lapses
        self.createdAt = createdAt
    }
}

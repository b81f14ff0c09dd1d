import Foundation

/// Where a card is in FSRS's life cycle.
public enum CardState: String, Codable, Sendable, CaseIterable {
    case learning, review, relearning
}

/// The memory state FSRS keeps for one question. The store keeps one per question; the
/// scheduler turns a card and a rating into the next card.
public struct SchedulingCard: Codable, Sendable, Equatable {
    public var state: CardState
    /// The index of the current learning or relearning step; nil in the review state.
    public var step: Int?
    /// Days for retrievability to fall to 90%; nil until the first review.
    public var stability: Double?
    /// 1 (easy) to 10 (hard); nil until the first review.
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    /// A card never reviewed, due at once.
    public init(due: Date) {
        self.init(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
    }

    public init(state: CardState, step: Int?, stability: Double?, difficulty: Double?, due: Date, lastReview: Date?) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    enum CodingKeys: String, CodingKey {
        case state, step, stability, difficulty, due
        case lastReview = "last_review"
    }
}

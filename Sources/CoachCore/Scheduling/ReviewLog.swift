import Foundation

/// The record of one review: enough to replay the card's history through another scheduler
/// (rating and time, as py-fsrs's `ReviewLog` keeps) and to see how well it was remembered.
public struct ReviewLog: Codable, Sendable, Equatable {
    public var rating: Rating
    public var reviewedAt: Date
    /// The predicted chance of recall at the moment of the review, before it changed the card;
    /// 0 for a card's first review, which has no memory to recall from yet (as in py-fsrs).
    public var retrievability: Double

    public init(rating: Rating, reviewedAt: Date, retrievability: Double) {
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.retrievability = retrievability
    }

    enum CodingKeys: String, CodingKey {
        case rating, retrievability
        case reviewedAt = "reviewed_at"
    }
}

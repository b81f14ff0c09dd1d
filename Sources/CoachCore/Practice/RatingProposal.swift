/// The rating a grade suggests for the review of a card. The user accepts or overrides it; the
/// thresholds are documented in the README so a proposal is never a mystery.
public struct RatingProposal: Codable, Sendable, Equatable {
    public var rating: Rating
    public var reason: String

    /// Overall score below this: the answer did not hold up — Again.
    public static let againBelow = 40
    /// Below this: recalled with real gaps — Hard.
    public static let hardBelow = 60
    /// At or above this, within the time limit: Easy.
    public static let easyFrom = 85

    public init(rating: Rating, reason: String) {
        self.rating = rating
        self.reason = reason
    }

    /// - Parameters:
    ///   - seconds: how long the answer took; over `limit` caps the rating at Good, since an
    ///     answer that needed more time than the interview gives is not yet easy.
    public static func propose(for grade: Grade, seconds: Double? = nil, limit: Double? = nil) -> RatingProposal {
        let overall = grade.scores.overall
        if grade.stats.words == 0 {
            return RatingProposal(rating: .again, reason: "no answer was given")
        }
        if overall < againBelow {
            return RatingProposal(rating: .again, reason: "overall \(overall) is below \(againBelow)")
        }
        if overall < hardBelow {
            return RatingProposal(rating: .hard, reason: "overall \(overall) is between \(againBelow) and \(hardBelow - 1)")
        }
        let overTime = seconds.flatMap { seconds in limit.map { seconds > $0 } } ?? false
        if overall >= easyFrom && !overTime {
            return RatingProposal(rating: .easy, reason: "overall \(overall) is \(easyFrom) or more, within the time")
        }
        if overall >= easyFrom {
            return RatingProposal(rating: .good, reason: "overall \(overall) would be Easy, but the answer ran over time")
        }
        return RatingProposal(rating: .good, reason: "overall \(overall) is between \(hardBelow) and \(easyFrom - 1)")
    }
}

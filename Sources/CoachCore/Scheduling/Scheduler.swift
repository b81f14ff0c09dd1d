import Foundation

/// FSRS-6: turns a card and a rating into the card's next memory state and due date.
///
/// It behaves exactly as py-fsrs 6 (the reference implementation on PyPI) with fuzz off, and the
/// conformance tests hold it to that. Arithmetic follows the published formulas in the order
/// py-fsrs evaluates them, and raises e to a power with `pow` where py-fsrs writes `math.e ** x`,
/// so results agree bit for bit, not just closely: a hair's difference could round an interval
/// to another day.
///
/// Pure: nothing is read from the clock and nothing is kept between calls. With fuzz off no
/// randomness is drawn; with fuzz on, pass a `SeededRandomSource` for a reproducible schedule.
public struct Scheduler: Sendable {
    public let parameters: FSRSParameters

    /// The forgetting curve is R(t) = (1 + factor · t / S) ^ decay, with decay = −w20 and the
    /// factor chosen so that R(S) = 90%: stability is the number of days to fall to 90%.
    private let decay: Double
    private let factor: Double
    /// desiredRetention ^ (1 / decay) − 1: the part of the interval formula that does not
    /// depend on the card.
    private let retentionTerm: Double
    /// The initial difficulty of a card first rated easy, unclamped: difficulty reverts towards it.
    private let easyInitialDifficulty: Double
    /// Powers of e that depend on the weights alone, computed once rather than every review, by
    /// the very same expressions, so the results are the same to the bit.
    private let recallScale: Double          // e^w8
    private let lapseSameDayDivisor: Double  // e^(w17 · w18)
    private let sameDayScale: [Double]       // e^(w17 · (grade − 3 + w18)), by grade − 1

    /// e as Python's `math.e`.
    private static let e = 2.718281828459045
    private static let minimumStability = 0.001
    private static let difficultyRange = 1.0...10.0
    private static let secondsPerDay: TimeInterval = 86_400

    public init(parameters: FSRSParameters = .standard) {
        self.parameters = parameters
        let w = parameters.weights
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        retentionTerm = pow(parameters.desiredRetention, 1 / decay) - 1
        easyInitialDifficulty = w[4] - pow(Self.e, w[5] * Double(Rating.easy.rawValue - 1)) + 1
        recallScale = pow(Self.e, w[8])
        lapseSameDayDivisor = pow(Self.e, w[17] * w[18])
        sameDayScale = Rating.allCases.map { pow(Self.e, w[17] * (Double($0.rawValue - 3) + w[18])) }
    }

    // MARK: Reviewing

    /// Reviews `card` with `rating` at `date`. Fuzz, when the parameters turn it on, draws from the
    /// system's generator; use `review(card:rating:at:random:)` to make it reproducible.
    public func review(card: SchedulingCard, rating: Rating, at date: Date) -> (card: SchedulingCard, log: ReviewLog) {
        var random = SystemRandomNumberGenerator()
        return review(card: card, rating: rating, at: date, random: &random)
    }

    /// Reviews `card` with `rating` at `date`, drawing any fuzz from `random`.
    public func review(card: SchedulingCard, rating: Rating, at date: Date, random: inout some RandomSource) -> (card: SchedulingCard, log: ReviewLog) {
        let elapsedDays = card.lastReview.map { Self.elapsedDays(from: $0, to: date) }
        let recall = retrievability(of: card, elapsedDays: elapsedDays)
        var next = card
        next.lastReview = date

        // The memory state: stability and difficulty.
        if let stability = card.stability, let difficulty = card.difficulty {
            if let elapsedDays, elapsedDays < 1 {
                // Reviewed again the same day: the forgetting curve has not moved, so FSRS-6
                // uses its separate same-day rule (w17–w19).
                next.stability = sameDayStability(stability, rating: rating)
            } else if rating == .again {
                next.stability = stabilityAfterLapse(difficulty: difficulty, stability: stability, retrievability: recall)
            } else {
                next.stability = stabilityAfterRecall(difficulty: difficulty, stability: stability, retrievability: recall, rating: rating)
            }
            next.difficulty = nextDifficulty(difficulty, rating: rating)
        } else {
            next.stability = max(parameters.weights[rating.rawValue - 1], Self.minimumStability)
            next.difficulty = clampDifficulty(initialDifficulty(rating))
        }

        // The next wait: a learning or relearning step, or a review interval in days.
        var intervalDays: Int?
        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? parameters.learningSteps : parameters.relearningSteps
            let step = card.step ?? 0
            // A step past the end happens when the steps were shortened since the card's last
            // review; anything but "again" then graduates it, as py-fsrs does.
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                intervalDays = graduate(&next)
            } else {
                switch rating {
                case .again:
                    next.step = 0
                    next.due = date.addingTimeInterval(steps[0])
                case .hard:
                    // The first step repeated takes a little longer than the step itself.
                    let wait = step != 0 ? steps[step] : steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2
                    next.due = date.addingTimeInterval(wait)
                case .good where step + 1 == steps.count:
                    intervalDays = graduate(&next)
                case .good:
                    next.step = step + 1
                    next.due = date.addingTimeInterval(steps[step + 1])
                case .easy:
                    intervalDays = graduate(&next)
                }
            }
        case .review:
            if rating == .again, let firstStep = parameters.relearningSteps.first {
                next.state = .relearning
                next.step = 0
                next.due = date.addingTimeInterval(firstStep)
            } else {
                intervalDays = interval(forStability: next.stability!)
            }
        }
        if var days = intervalDays {
            if parameters.enableFuzzing { days = fuzzed(days, random: &random) }
            next.due = date.addingTimeInterval(Double(days) * Self.secondsPerDay)
        }
        return (next, ReviewLog(rating: rating, reviewedAt: date, retrievability: recall))
    }

    /// Moves a card from its learning or relearning steps to review; returns its interval.
    private func graduate(_ card: inout SchedulingCard) -> Int {
        card.state = .review
        card.step = nil
        return interval(forStability: card.stability!)
    }

    // MARK: The model

    /// The predicted chance of recalling `card` at `date`; 0 for a card never reviewed, as in py-fsrs.
    public func retrievability(of card: SchedulingCard, at date: Date) -> Double {
        retrievability(of: card, elapsedDays: card.lastReview.map { Self.elapsedDays(from: $0, to: date) })
    }

    private func retrievability(of card: SchedulingCard, elapsedDays: Int?) -> Double {
        guard let elapsedDays, let stability = card.stability else { return 0 }
        return pow(1 + factor * Double(max(0, elapsedDays)) / stability, decay)
    }

    /// Whole days from one review to the next, counted as py-fsrs counts them (`timedelta.days`):
    /// floored, so 23 h 59 min is 0 days and a time before the last review is negative. The gap is
    /// first rounded to the millisecond, so two times an exact number of days apart never fall a
    /// hair short of it: a `Date` is a floating-point number, exact to well under a microsecond
    /// today but only to a few microseconds for dates a few centuries ahead.
    static func elapsedDays(from start: Date, to end: Date) -> Int {
        let milliseconds = Int64((end.timeIntervalSince(start) * 1000).rounded())
        let millisecondsPerDay: Int64 = 86_400_000
        let (days, remainder) = milliseconds.quotientAndRemainder(dividingBy: millisecondsPerDay)
        return Int(remainder < 0 ? days - 1 : days)
    }

    /// The interval, in whole days, after which recall is predicted to fall to the desired
    /// retention: rounded half to even (Python's `round`), at least a day, at most the maximum.
    func interval(forStability stability: Double) -> Int {
        let days = (stability / factor * retentionTerm).rounded(.toNearestOrEven)
        return Int(min(max(days, 1), Double(parameters.maximumInterval)))
    }

    private func initialDifficulty(_ rating: Rating) -> Double {
        parameters.weights[4] - pow(Self.e, parameters.weights[5] * Double(rating.rawValue - 1)) + 1
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }

    /// Difficulty moves by w6 per grade away from "good", less as it nears 10 (linear damping),
    /// then reverts by w7 towards the initial difficulty of an easy card.
    private func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let w = parameters.weights
        let change = -(w[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10 - difficulty) * change / 9
        return clampDifficulty(w[7] * easyInitialDifficulty + (1 - w[7]) * damped)
    }

    /// Stability after a same-day review: scaled by e^(w17 · (grade − 3 + w18)) · S^(−w19), and
    /// never lowered by a successful review.
    private func sameDayStability(_ stability: Double, rating: Rating) -> Double {
        let w = parameters.weights
        var growth = sameDayScale[rating.rawValue - 1] * pow(stability, -w[19])
        if rating != .again { growth = max(growth, 1) }
        return max(stability * growth, Self.minimumStability)
    }

    /// Stability after a successful review on a later day: it grows more when the card was hard
    /// to keep (high difficulty counts against it), when it was already weak, and the lower its
    /// retrievability was at the time.
    private func stabilityAfterRecall(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let w = parameters.weights
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        let growth = recallScale * (11 - difficulty) * pow(stability, -w[9])
            * (pow(Self.e, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus
        return max(stability * (1 + growth), Self.minimumStability)
    }

    /// Stability after a lapse on a later day: the long-term post-lapse formula, but never more
    /// than the stability a same-day "again" would leave.
    private func stabilityAfterLapse(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let w = parameters.weights
        let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1) * pow(Self.e, (1 - retrievability) * w[14])
        let sameDay = stability / lapseSameDayDivisor
        return max(min(longTerm, sameDay), Self.minimumStability)
    }

    // MARK: Fuzz

    /// A fuzzed interval drawn evenly from `fuzzRange(days:)`.
    private func fuzzed(_ days: Int, random: inout some RandomSource) -> Int {
        Int.random(in: fuzzRange(days: days), using: &random)
    }

    /// The days an interval may be fuzzed to: ±1 day, plus 15% of the part of the interval between
    /// 2.5 and 7 days, 10% of the part between 7 and 20 and 5% of the part beyond 20 (FSRS's fuzz
    /// ranges); never below 2 days nor above the maximum interval. Intervals under 2.5 days stay.
    func fuzzRange(days: Int) -> ClosedRange<Int> {
        let length = Double(days)
        guard length >= 2.5 else { return days...days }
        var spread = 1.0
        for (start, end, share) in [(2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, Double.infinity, 0.05)] {
            spread += share * max(min(length, end) - start, 0)
        }
        let upper = min(Int((length + spread).rounded(.toNearestOrEven)), parameters.maximumInterval)
        let lower = min(max(2, Int((length - spread).rounded(.toNearestOrEven))), upper)
        return lower...upper
    }
}

import Foundation

/// Everything that shapes an FSRS-6 schedule: the 21 model weights and the scheduling choices
/// around them. Values are checked once, here, so a `Scheduler` never meets a bad parameter.
public struct FSRSParameters: Sendable, Equatable {
    /// FSRS-6's default weights w0…w20, as published with FSRS-6 and shipped by py-fsrs 6.
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The range each weight may take: outside it the model's curves stop making sense
    /// (an initial stability of zero, a difficulty that grows when the answer was easy, …).
    /// These are the bounds FSRS-6's optimizer clamps to, which py-fsrs also enforces.
    public static let weightRanges: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100, // w0–w3: initial stability per rating
        1...10, 0.001...4, 0.001...4, 0.001...0.75,           // w4–w7: difficulty
        0...4.5, 0...0.8, 0.001...3.5,                         // w8–w10: stability after a recall
        0.001...5, 0.001...0.25, 0.001...0.9, 0...4,           // w11–w14: stability after a lapse
        0...1, 1...6,                                          // w15 hard penalty, w16 easy bonus
        0...2, 0...2, 0...0.8,                                 // w17–w19: same-day reviews
        0.1...0.8,                                             // w20: decay of the forgetting curve
    ]

    /// The weights w0…w20.
    public let weights: [Double]
    /// The probability of recall at which a card falls due (0.9: due when there is a 90% chance
    /// of remembering it). Higher means shorter intervals and more reviews.
    public let desiredRetention: Double
    /// Waits between the learning steps of a new card; none sends a new card straight to review.
    public let learningSteps: [TimeInterval]
    /// Waits between the relearning steps after a lapse; none keeps a lapsed card in review.
    public let relearningSteps: [TimeInterval]
    /// The longest interval a review may schedule, in days.
    public let maximumInterval: Int
    /// Whether review intervals of three days or more are spread by a few days at random, so
    /// cards learnt together do not keep falling due together. py-fsrs fuzzes by default;
    /// here it is off unless asked for, so a default scheduler is deterministic.
    public let enableFuzzing: Bool

    public init(
        weights: [Double] = FSRSParameters.defaultWeights,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36500,
        enableFuzzing: Bool = false
    ) throws(FSRSParameterError) {
        guard weights.count == Self.weightRanges.count else { throw .wrongWeightCount(weights.count) }
        for (index, (weight, range)) in zip(weights, Self.weightRanges).enumerated() where !range.contains(weight) {
            throw .weightOutOfRange(index: index, value: weight, allowed: range)
        }
        guard desiredRetention > 0 && desiredRetention < 1 else { throw .desiredRetentionOutOfRange(desiredRetention) }
        for step in learningSteps + relearningSteps where !(step > 0 && step.isFinite) {
            throw .stepNotPositive(step)
        }
        guard maximumInterval >= 1 else { throw .maximumIntervalTooShort(maximumInterval) }
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
    }

    /// FSRS-6's defaults: the default weights, 90% retention, learning steps of 1 and 10 minutes,
    /// one relearning step of 10 minutes, intervals of at most 100 years, no fuzz.
    public static let standard: FSRSParameters = {
        do {
            return try FSRSParameters()
        } catch {
            fatalError("the default FSRS parameters are invalid: \(error)")
        }
    }()
}

/// Why a set of FSRS parameters was refused.
public enum FSRSParameterError: Error, CustomStringConvertible, Equatable {
    case wrongWeightCount(Int)
    case weightOutOfRange(index: Int, value: Double, allowed: ClosedRange<Double>)
    case desiredRetentionOutOfRange(Double)
    case stepNotPositive(TimeInterval)
    case maximumIntervalTooShort(Int)

    public var description: String {
        switch self {
        case let .wrongWeightCount(count):
            "FSRS-6 takes \(FSRSParameters.weightRanges.count) weights (w0…w20); got \(count)"
        case let .weightOutOfRange(index, value, allowed):
            "weight w\(index) is \(value); it must be between \(allowed.lowerBound) and \(allowed.upperBound)"
        case let .desiredRetentionOutOfRange(value):
            "desired retention is \(value); it must be above 0 and below 1"
        case let .stepNotPositive(step):
            "a learning or relearning step of \(step) seconds; steps must be longer than zero"
        case let .maximumIntervalTooShort(days):
            "maximum interval is \(days) days; it must be at least 1"
        }
    }
}

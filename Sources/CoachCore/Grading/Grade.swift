/// The critique of one answer, in the shape of `coach grade --format json`.
public struct Grade: Codable, Sendable {
    public struct Scores: Codable, Sendable {
        /// 0–100: the answer as a whole.
        public var overall: Int
        /// 0–100: how many of the key points the answer states; nil without a reference or key points.
        public var coverage: Int?
        /// 0–100: the moves and framework steps of an open answer; nil for a focused question.
        public var structure: Int?
    }

    public struct MoveResult: Codable, Sendable {
        public var id: MoveID
        public var present: Bool
        public var evidence: [Evidence]
    }

    public struct KeyPointResult: Codable, Sendable {
        public var text: String
        public var covered: Bool
        /// 0–1: how much of the point the best sentence states.
        public var match: Double
        public var evidence: [Evidence]
    }

    public struct FailureModeResult: Codable, Sendable {
        public var id: FailureModeID
        public var present: Bool
        /// False when this failure mode does not apply to the kind of question (a focused
        /// factual question is not expected to discuss the business).
        public var applicable: Bool
        public var evidence: [Evidence]
        public var advice: String
    }

    public struct StepResult: Codable, Sendable {
        public var id: String
        public var name: String
        public var present: Bool
        public var evidence: [Evidence]
    }

    public struct Framework: Codable, Sendable {
        public var archetype: ArchetypeID
        public var steps: [StepResult]
        /// Whether the steps that are present come in the framework's order.
        public var inOrder: Bool

        enum CodingKeys: String, CodingKey {
            case archetype, steps
            case inOrder = "in_order"
        }
    }

    public struct Stats: Codable, Sendable {
        public var words: Int
        public var speakingMinutes: Double
        public var wordsPerMinute: Int
        public var fillersPer100Words: Double
        public var hedgesPer100Words: Double
        public var fitsFiveMinutes: Bool

        enum CodingKeys: String, CodingKey {
            case words
            case speakingMinutes = "speaking_minutes"
            case wordsPerMinute = "words_per_minute"
            case fillersPer100Words = "fillers_per_100_words"
            case hedgesPer100Words = "hedges_per_100_words"
            case fitsFiveMinutes = "fits_five_minutes"
        }
    }

    /// `open` answers are graded on moves and failure modes; `focused` ones on coverage and explaining.
    public enum Scope: String, Codable, Sendable {
        case open, focused
    }

    public var scope: Scope
    public var scores: Scores
    public var moves: [MoveResult]
    public var keyPoints: [KeyPointResult]
    public var failureModes: [FailureModeResult]
    public var framework: Framework?
    public var advice: [String]
    public var stats: Stats
    /// Said when the answer is empty or cannot be graded fairly.
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case scope, scores, moves, framework, advice, stats, notes
        case keyPoints = "key_points"
        case failureModes = "failure_modes"
    }
}

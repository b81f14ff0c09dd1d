/// What the router says about a question: its archetype, the topics it spans, and a scaffold.
public struct Routing: Codable, Sendable {
    public struct ArchetypeGuess: Codable, Sendable {
        public var id: ArchetypeID
        public var confidence: Double
        public var runnerUp: RunnerUp
        /// True when the runner-up is close enough that the question is arguably both.
        public var close: Bool

        public struct RunnerUp: Codable, Sendable {
            public var id: ArchetypeID
            public var confidence: Double
        }

        enum CodingKeys: String, CodingKey {
            case id, confidence, close
            case runnerUp = "runner_up"
        }
    }

    public struct RoutedTopic: Codable, Sendable {
        public var number: String
        public var slug: String
        public var title: String
        public var score: Double
        public var because: [String]
    }

    public struct Step: Codable, Sendable {
        public var step: String
        public var name: String
        public var prompt: String
    }

    public struct BridgeUse: Codable, Sendable {
        public var id: String
        public var name: String
        /// How the bridge shows up in the routed topics it links.
        public var links: [BridgeLink]
    }

    public struct Pitfall: Codable, Sendable {
        /// A failure mode id, or `gotcha`.
        public var id: String
        public var name: String
        public var advice: String
    }

    public var question: String
    public var archetype: ArchetypeGuess
    public var topics: [RoutedTopic]
    public var subject: String
    public var framework: [Step]
    public var bridges: [BridgeUse]
    public var pitfalls: [Pitfall]
    /// Said when the question gave little to go on (another language, no known terms).
    public var notes: [String]
}

/// A body of content: the built-in pack, or one imported from a notes repository.
public struct Pack: Codable, Sendable, Hashable {
    /// `builtin`, or a name derived from the imported directory.
    public var id: String
    public var name: String
    public var topics: [Topic]
    public var questions: [Question]
    public var archetypes: [Archetype]
    public var moves: [Move]
    public var failureModes: [FailureMode]
    public var gotchas: [Gotcha]
    public var bridges: [Bridge]
    public var cheatsheet: [CheatsheetArea]
    /// Links between topics found in imported notes; empty for the built-in pack.
    public var topicLinks: [TopicLink]

    public init(
        id: String, name: String, topics: [Topic] = [], questions: [Question] = [],
        archetypes: [Archetype] = [], moves: [Move] = [], failureModes: [FailureMode] = [],
        gotchas: [Gotcha] = [], bridges: [Bridge] = [], cheatsheet: [CheatsheetArea] = [],
        topicLinks: [TopicLink] = []
    ) {
        self.id = id
        self.name = name
        self.topics = topics
        self.questions = questions
        self.archetypes = archetypes
        self.moves = moves
        self.failureModes = failureModes
        self.gotchas = gotchas
        self.bridges = bridges
        self.cheatsheet = cheatsheet
        self.topicLinks = topicLinks
    }

    enum CodingKeys: String, CodingKey {
        case id, name, topics, questions, archetypes, moves, gotchas, bridges, cheatsheet
        case failureModes = "failure_modes"
        case topicLinks = "topic_links"
    }
}

/// A reference from one topic's notes to another topic, with where it was first seen.
public struct TopicLink: Codable, Sendable, Hashable {
    public var from: String
    public var to: String
    /// How many times the notes make this reference.
    public var count: Int
    public var firstSeen: SourceLocation

    public init(from: String, to: String, count: Int, firstSeen: SourceLocation) {
        self.from = from
        self.to = to
        self.count = count
        self.firstSeen = firstSeen
    }

    enum CodingKeys: String, CodingKey {
        case from, to, count, firstSeen = "first_seen"
    }
}

/// A problem found while reading content, named by file and line.
public struct ContentIssue: Codable, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable, Hashable {
        /// Content was read, but something about it is worth knowing.
        case warning
        /// Some content could not be read; the rest still was.
        case error
    }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): \(message)"
    }
}

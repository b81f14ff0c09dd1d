/// A concept that links topics (cross-entropy, embeddings, …) and how it shows up in each.
public struct Bridge: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// Terms that signal the bridge in a question or an answer.
    public var aliases: [String]
    public var summary: String
    public var links: [BridgeLink]

    public init(id: String, name: String, aliases: [String], summary: String, links: [BridgeLink]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.links = links
    }
}

/// How a bridge concept appears in one topic.
public struct BridgeLink: Codable, Sendable, Hashable {
    public var topic: String
    public var how: String

    public init(topic: String, how: String) {
        self.topic = topic
        self.how = how
    }
}

/// One area of the synthesis cheatsheet (classification, optimization, …).
public struct CheatsheetArea: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var topics: [String]
    public var points: [String]

    public init(id: String, title: String, topics: [String], points: [String]) {
        self.id = id
        self.title = title
        self.topics = topics
        self.points = points
    }
}

/// A practice question with what a good answer contains.
public struct Question: Codable, Sendable, Hashable, Identifiable {
    /// Stable id: a kebab-case name for built-in questions, `pack/path#n` for imported ones.
    public var id: String
    public var text: String
    /// Nil when an imported question has not been classified yet.
    public var archetype: ArchetypeID?
    /// Catalog numbers, most relevant first.
    public var topics: [String]
    public var kind: QuestionKind
    /// 1 (recall) to 5 (senior open-ended), when known.
    public var difficulty: Int?
    /// The section heading the question sits under in its notes file (`B. Chunking`).
    public var section: String?
    public var reference: String?
    public var keyPoints: [KeyPoint]
    /// A model outline of the answer, one entry per move.
    public var outline: [OutlineStep]
    public var followUps: [String]
    public var source: SourceLocation

    public init(
        id: String, text: String, archetype: ArchetypeID? = nil, topics: [String] = [],
        kind: QuestionKind = .grill, difficulty: Int? = nil, section: String? = nil,
        reference: String? = nil, keyPoints: [KeyPoint] = [], outline: [OutlineStep] = [],
        followUps: [String] = [], source: SourceLocation
    ) {
        self.id = id
        self.text = text
        self.archetype = archetype
        self.topics = topics
        self.kind = kind
        self.difficulty = difficulty
        self.section = section
        self.reference = reference
        self.keyPoints = keyPoints
        self.outline = outline
        self.followUps = followUps
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, text, archetype, topics, kind, difficulty, section, reference
        case keyPoints = "key_points"
        case outline
        case followUps = "follow_ups"
        case source
    }
}

public enum QuestionKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// One of the founding document's eight open questions that span topics.
    case crossTopic = "cross-topic"
    /// A worked example from the founding document, with levers and validation.
    case workedExample = "worked-example"
    /// A focused question from a topic's grill list.
    case grill
}

/// One distinct idea a good answer must contain, with other wordings of its key terms.
public struct KeyPoint: Codable, Sendable, Hashable {
    public var text: String
    public var synonyms: [String]

    public init(text: String, synonyms: [String] = []) {
        self.text = text
        self.synonyms = synonyms
    }
}

/// One line of a model outline, tagged with the move it makes.
public struct OutlineStep: Codable, Sendable, Hashable {
    public var move: MoveID
    public var text: String

    public init(move: MoveID, text: String) {
        self.move = move
        self.text = text
    }
}

/// Where a piece of content came from.
public struct SourceLocation: Codable, Sendable, Hashable, CustomStringConvertible {
    public enum Origin: String, Codable, Sendable, Hashable {
        case builtin, imported
    }

    public var origin: Origin
    /// The file relative to its pack or notes repository.
    public var file: String
    /// One-based line number, when the content sits at a line.
    public var line: Int?

    public init(origin: Origin, file: String, line: Int? = nil) {
        self.origin = origin
        self.file = file
        self.line = line
    }

    public var description: String {
        line.map { "\(file):\($0)" } ?? file
    }
}

/// The five kinds of interview question of the founding document.
public enum ArchetypeID: String, Codable, Sendable, CaseIterable, Hashable {
    case design, train, why, debug, tradeoff
}

/// A question archetype with the framework a strong answer follows.
public struct Archetype: Codable, Sendable, Hashable, Identifiable {
    public var id: ArchetypeID
    public var name: String
    public var summary: String
    /// Lower-case phrases that reveal the archetype in a question.
    public var cues: [String]
    /// The ordered steps of the answer framework.
    public var framework: [FrameworkStep]
    public var examples: [String]

    public init(
        id: ArchetypeID, name: String, summary: String, cues: [String],
        framework: [FrameworkStep], examples: [String]
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.cues = cues
        self.framework = framework
        self.examples = examples
    }
}

/// One step of an archetype's framework (design: clarify → frame → data → …).
public struct FrameworkStep: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// What the step does in an answer.
    public var guidance: String
    /// A self-question; `{subject}` stands for the subject of the question being answered.
    public var prompt: String
    /// Lower-case words and phrases that show an answer taking this step.
    public var cues: [String]

    public init(id: String, name: String, guidance: String, prompt: String, cues: [String] = []) {
        self.id = id
        self.name = name
        self.guidance = guidance
        self.prompt = prompt
        self.cues = cues
    }

    enum CodingKeys: String, CodingKey {
        case id, name, guidance, prompt, cues
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        guidance = try container.decode(String.self, forKey: .guidance)
        prompt = try container.decode(String.self, forKey: .prompt)
        cues = try container.decodeIfPresent([String].self, forKey: .cues) ?? []
    }
}

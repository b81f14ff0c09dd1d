/// The five ways answers commonly fail, from the founding document.
public enum FailureModeID: String, Codable, Sendable, CaseIterable, Hashable {
    case listingWithoutJudgment = "listing-without-judgment"
    case namingWithoutExplaining = "naming-without-explaining"
    case overEngineering = "over-engineering"
    case missingFailureModes = "missing-failure-modes"
    case forgettingTheBusiness = "forgetting-the-business"
}

/// An answer sentence before and after the fix.
public struct BeforeAfter: Codable, Sendable, Hashable {
    public var before: String
    public var after: String

    public init(before: String, after: String) {
        self.before = before
        self.after = after
    }
}

/// A failure mode with the advice that repairs it.
public struct FailureMode: Codable, Sendable, Hashable, Identifiable {
    public var id: FailureModeID
    public var name: String
    public var description: String
    public var advice: String
    /// The archetypes where this failure costs the most.
    public var archetypes: [ArchetypeID]
    public var example: BeforeAfter

    public init(
        id: FailureModeID, name: String, description: String, advice: String,
        archetypes: [ArchetypeID], example: BeforeAfter
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.advice = advice
        self.archetypes = archetypes
        self.example = example
    }
}

/// A row of the gotchas table: a question, the common wrong answer, and a better one.
public struct Gotcha: Codable, Sendable, Hashable {
    public var question: String
    public var wrong: String
    public var better: String
    public var advice: String
    public var archetypes: [ArchetypeID]
    public var example: BeforeAfter

    public init(
        question: String, wrong: String, better: String, advice: String,
        archetypes: [ArchetypeID], example: BeforeAfter
    ) {
        self.question = question
        self.wrong = wrong
        self.better = better
        self.advice = advice
        self.archetypes = archetypes
        self.example = example
    }
}

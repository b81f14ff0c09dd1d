/// The seven moves of a strong answer, in the order they usually come.
public enum MoveID: String, Codable, Sendable, CaseIterable, Hashable {
    case goal, constraints, principle, baseline, iterate
    case failureModes = "failure-modes"
    case conclusion
}

/// A move with what it is, why interviewers look for it, and how it shows in an answer.
public struct Move: Codable, Sendable, Hashable, Identifiable {
    public var id: MoveID
    public var name: String
    public var what: String
    public var why: String
    /// Lower-case phrases that show the move in a typed answer.
    public var phrases: [String]
    public var example: String

    public init(id: MoveID, name: String, what: String, why: String, phrases: [String], example: String) {
        self.id = id
        self.name = name
        self.what = what
        self.why = why
        self.phrases = phrases
        self.example = example
    }
}

/// How well the user knows a topic, from their recorded practice.
public struct TopicMastery: Sendable, Equatable {
    /// Questions on the topic answered at least once.
    public var practised: Int
    /// Questions on the topic.
    public var total: Int
    /// 0–1, the recall the scheduler expects today across the practised questions.
    public var retention: Double?

    public init(practised: Int, total: Int, retention: Double?) {
        self.practised = practised
        self.total = total
        self.retention = retention
    }
}

/// The hook the topic page's "Mastery" section reads. Phase 1 has no practice store, so the
/// app uses `NoPracticeRecorded`; the practice store will provide a real one.
public protocol TopicMasteryProvider: Sendable {
    /// Nil when nothing has been practised on the topic yet.
    func mastery(ofTopic number: String) async throws -> TopicMastery?
}

/// Before the practice store exists: nothing is recorded, so no numbers are shown.
public struct NoPracticeRecorded: TopicMasteryProvider {
    public init() {}
    public func mastery(ofTopic number: String) async throws -> TopicMastery? { nil }
}

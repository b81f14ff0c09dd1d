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

/// Mastery from the practice store: questions on the topic with a graded attempt or a card, out
/// of the topic's questions, and the mean recall the scheduler expects now over its cards.
public struct StoreMastery: TopicMasteryProvider {
    let content: LiveContent
    let practice: PracticeService

    public init(content: LiveContent, practice: PracticeService) {
        self.content = content
        self.practice = practice
    }

    public func mastery(ofTopic number: String) async throws -> TopicMastery? {
        let library = await content.current.library
        let questions = Set(library.questions.filter { $0.topics.contains(number) }.map(\.id))
        guard !questions.isEmpty else { return nil }
        let cards = try practice.database.allCards().filter { questions.contains($0.questionID) }
        var practised = Set(cards.map(\.questionID))
        for attempt in try practice.database.allAttempts() where attempt.status == .graded && questions.contains(attempt.questionID) {
            practised.insert(attempt.questionID)
        }
        guard !practised.isEmpty else { return nil }
        let now = practice.now()
        let reviewed = cards
        let retention = reviewed.isEmpty ? nil
            : reviewed.map { practice.scheduler.retrievability(of: $0.schedulingCard, at: now) }.reduce(0, +) / Double(reviewed.count)
        return TopicMastery(practised: practised.count, total: questions.count, retention: retention)
    }
}

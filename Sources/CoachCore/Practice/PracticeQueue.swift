/// Which questions a drill may draw from.
public struct PracticeFilter: Sendable, Equatable {
    public enum Source: String, Sendable, CaseIterable {
        case builtin, imported, all
    }

    public var topic: String?
    public var archetype: ArchetypeID?
    public var source: Source

    public init(topic: String? = nil, archetype: ArchetypeID? = nil, source: Source = .all) {
        self.topic = topic
        self.archetype = archetype
        self.source = source
    }

    public func admits(_ question: Question) -> Bool {
        if let topic, !question.topics.contains(topic) { return false }
        if let archetype, question.archetype != archetype { return false }
        switch source {
        case .all: return true
        case .builtin: return question.source.origin == .builtin
        case .imported: return question.source.origin == .imported
        }
    }
}

/// The order a drill takes questions in: cards that are due first, most overdue first; then
/// questions never practised, a topic at a time in the plan's order (unseen topics, then the
/// weakest), easier questions of a topic before harder ones.
public enum PracticeQueue {
    /// - Parameters:
    ///   - due: ids of questions whose cards are due, most overdue first.
    ///   - practised: ids of every question that has a card.
    public static func next(library: ContentLibrary, due: [String], practised: Set<String>, progress: [String: TopicProgress],
                            filter: PracticeFilter, limit: Int) -> [Question] {
        var queue: [Question] = []
        var taken = Set<String>()
        for id in due {
            guard queue.count < limit, let question = library.question(id: id), filter.admits(question), taken.insert(id).inserted else { continue }
            queue.append(question)
        }
        guard queue.count < limit else { return queue }

        var fresh: [String: [Question]] = [:]
        for question in library.questions where !practised.contains(question.id) && !taken.contains(question.id) && filter.admits(question) {
            guard let lead = filter.topic ?? question.topics.first else { continue }
            fresh[lead, default: []].append(question)
        }
        for key in fresh.keys {
            fresh[key]?.sort { ($0.difficulty ?? 2, $0.id) < ($1.difficulty ?? 2, $1.id) }
        }
        let order = StudyPlanner.topicOrder(library: library, mastery: progress).map(\.0).filter { fresh[$0] != nil }
        // One question from each topic in turn, so a long drill still spreads across the plan.
        var round = 0
        while queue.count < limit {
            var added = false
            for topic in order where queue.count < limit {
                guard let list = fresh[topic], round < list.count else { continue }
                queue.append(list[round])
                added = true
            }
            if !added { break }
            round += 1
        }
        return queue
    }
}

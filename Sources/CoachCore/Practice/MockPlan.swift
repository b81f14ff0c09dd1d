/// The questions of one mock interview, in order, each with its share of the time.
public struct MockPlan: Codable, Sendable, Equatable {
    public struct Slot: Codable, Sendable, Equatable {
        public var questionID: String
        public var archetype: ArchetypeID
        public var seconds: Int

        enum CodingKeys: String, CodingKey {
            case questionID = "question_id"
            case archetype, seconds
        }
    }

    public var minutes: Int
    public var slots: [Slot]
}

/// Builds a mock interview the way real loops run: one long design or training question, a
/// debugging one, then short why and trade-off questions.
public enum MockPlanner {
    /// Shares of the time for each part, and which archetypes may fill it.
    static let shape: [(archetypes: [ArchetypeID], share: Double, long: Bool)] = [
        ([.design, .train], 0.40, true),
        ([.debug], 0.25, true),
        ([.why], 0.175, false),
        ([.tradeoff], 0.175, false),
    ]
    public static let minimumMinutes = 10
    public static let maximumMinutes = 180

    /// - Parameters:
    ///   - recent: question ids answered lately, used only when nothing else fits.
    public static func plan<G: RandomNumberGenerator>(minutes: Int, questions: [Question], recent: Set<String> = [],
                                                      using generator: inout G) -> MockPlan {
        var used = Set<String>()
        var slots: [MockPlan.Slot] = []
        // Under 20 minutes there is room for three questions, not four.
        let parts = minutes < 20 ? Array(shape.prefix(2)) + [shape[3]] : shape
        let totalShare = parts.reduce(0) { $0 + $1.share }
        for part in parts {
            let fits = questions.filter { question in
                guard let archetype = question.archetype, part.archetypes.contains(archetype), !used.contains(question.id) else { return false }
                return isLong(question) == part.long
            }
            let fresh = fits.filter { !recent.contains($0.id) }
            let pool = (fresh.isEmpty ? fits : fresh).sorted { $0.id < $1.id }
            guard !pool.isEmpty, let archetype = pool.first?.archetype else { continue }
            let chosen = pool[Int(generator.next(upperBound: UInt64(pool.count)))]
            used.insert(chosen.id)
            let seconds = Int((Double(minutes * 60) * part.share / totalShare).rounded())
            slots.append(MockPlan.Slot(questionID: chosen.id, archetype: chosen.archetype ?? archetype, seconds: seconds))
        }
        return MockPlan(minutes: minutes, slots: slots)
    }

    /// Open questions that need a structured, several-minute answer.
    static func isLong(_ question: Question) -> Bool {
        switch question.kind {
        case .crossTopic, .workedExample: return true
        default: return (question.difficulty ?? 2) >= 3
        }
    }
}

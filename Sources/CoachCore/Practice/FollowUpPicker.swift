/// Chooses the follow-up an interviewer would ask next, from the gaps in an answer: the
/// missing move or the failure mode that showed, before the question's own follow-ups.
public enum FollowUpPicker {
    public struct FollowUp: Codable, Sendable, Equatable {
        public var text: String
        /// What in the answer prompted it (a move id, a failure mode id, `key-point` or `question`).
        public var because: String
    }

    /// Gaps in the order an interviewer presses on them: risk first, then the decision.
    static let moveQuestions: [(MoveID, String)] = [
        (.failureModes, "What could go wrong with this, and how would you find out?"),
        (.conclusion, "So what would you actually do, and why that over the alternatives?"),
        (.baseline, "What is the simplest thing that would work, and when would you go beyond it?"),
        (.goal, "What outcome is this for, and how would you know it worked?"),
        (.constraints, "Which constraints — latency, cost, data, people — would change your answer?"),
        (.principle, "Why does that work? Take me one level deeper."),
        (.iterate, "Your first version is live. What do you change next, and what tells you to?"),
    ]

    static let failureQuestions: [FailureModeID: String] = [
        .listingWithoutJudgment: "You listed several options. Which one would you pick, and why?",
        .overEngineering: "If you had one week, what would you build first and what would you cut?",
        .forgettingTheBusiness: "How does this move the metric the business cares about?",
        .missingFailureModes: "What could go wrong with this, and how would you find out?",
    ]

    /// Risk first, as in the founding document's example, then the missing decision.
    static let failurePriority: [FailureModeID] = [
        .missingFailureModes, .listingWithoutJudgment, .forgettingTheBusiness, .overEngineering, .namingWithoutExplaining,
    ]

    /// Up to `count` follow-ups for `grade` of an answer to `question`, most pressing first.
    public static func followUps(for grade: Grade, question: Question?, count: Int = 2) -> [FollowUp] {
        var picked: [FollowUp] = []
        func add(_ text: String, because: String) {
            guard picked.count < count, !picked.contains(where: { $0.text == text }) else { return }
            picked.append(FollowUp(text: text, because: because))
        }
        let shown = grade.failureModes.filter { $0.present && $0.applicable }
        for id in Self.failurePriority {
            guard let result = shown.first(where: { $0.id == id }) else { continue }
            if id == .namingWithoutExplaining, let named = result.evidence.first?.text {
                add("You said: \"\(Self.clipped(named))\" Explain how that works and why it fits here.", because: id.rawValue)
            } else if let text = failureQuestions[id] {
                add(text, because: id.rawValue)
            }
        }
        if grade.scope == .open {
            for (move, text) in moveQuestions where grade.moves.first(where: { $0.id == move })?.present == false {
                add(text, because: move.rawValue)
            }
        }
        if let missed = grade.keyPoints.first(where: { !$0.covered }) {
            add("Where does this fit in: \(Self.lowercasedFirst(missed.text))", because: "key-point")
        }
        for text in question?.followUps ?? [] { add(text, because: "question") }
        return picked
    }

    static func clipped(_ text: String, to limit: Int = 80) -> String {
        let trimmed = text.trimmed()
        return trimmed.count <= limit ? trimmed : String(trimmed.prefix(limit)) + "…"
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, !(text.dropFirst().first?.isUppercase ?? false) else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

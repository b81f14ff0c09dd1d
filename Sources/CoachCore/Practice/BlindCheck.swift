/// A blind drill's first step scored: before answering, the user names the archetype and the
/// topics; this compares that with the question's labels and the router.
public struct BlindCheck: Codable, Sendable, Equatable {
    public var namedArchetype: ArchetypeID?
    public var namedTopics: [String]
    public var expectedArchetype: ArchetypeID
    /// The question's own topics, or the router's top three for a question without labels.
    public var expectedTopics: [String]
    public var routerTopics: [String]
    public var archetypeCorrect: Bool
    public var foundTopics: [String]
    public var missedTopics: [String]
    /// Named topics that neither the labels nor the router's top five hold.
    public var unexpectedTopics: [String]
    /// 0–100: half for the archetype, half for the share of expected topics named.
    public var score: Int

    enum CodingKeys: String, CodingKey {
        case namedArchetype = "named_archetype"
        case namedTopics = "named_topics"
        case expectedArchetype = "expected_archetype"
        case expectedTopics = "expected_topics"
        case routerTopics = "router_topics"
        case archetypeCorrect = "archetype_correct"
        case foundTopics = "found_topics"
        case missedTopics = "missed_topics"
        case unexpectedTopics = "unexpected_topics"
        case score
    }

    public static func score(namedArchetype: ArchetypeID?, namedTopics: [String], question: Question, routing: Routing) -> BlindCheck {
        let routerTopics = routing.topics.prefix(5).map(\.number)
        let expectedArchetype = question.archetype ?? routing.archetype.id
        // An imported question is labelled only by its folder; the router fills in the rest.
        var expected = question.topics
        if expected.count < 2 {
            for topic in routerTopics.prefix(3) where !expected.contains(topic) { expected.append(topic) }
        }
        var named: [String] = []
        for topic in namedTopics where !named.contains(topic) { named.append(topic) }
        let found = expected.filter(named.contains)
        let acceptable = Set(expected + routerTopics)
        let correct = namedArchetype == expectedArchetype || (routing.archetype.close && namedArchetype == routing.archetype.runnerUp.id && question.archetype == nil)
        let topicShare = expected.isEmpty ? 0 : Double(found.count) / Double(expected.count)
        let score = Int(((correct ? 50.0 : 0) + 50 * topicShare).rounded())
        return BlindCheck(namedArchetype: namedArchetype, namedTopics: named, expectedArchetype: expectedArchetype,
                          expectedTopics: expected, routerTopics: Array(routerTopics), archetypeCorrect: correct, foundTopics: found,
                          missedTopics: expected.filter { !named.contains($0) },
                          unexpectedTopics: named.filter { !acceptable.contains($0) }, score: score)
    }
}

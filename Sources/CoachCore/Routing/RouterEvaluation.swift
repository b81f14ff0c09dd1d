/// Measures a router against labelled questions: archetype accuracy (overall, per archetype,
/// and on the items not marked ambiguous), the confusion matrix, and topic recall@k.
public struct RouterEvaluation: Codable, Sendable {
    public struct Item: Codable, Sendable {
        public var id: String?
        public var text: String
        public var archetype: ArchetypeID
        public var topics: [String]
        public var ambiguous: Bool?
        public var altArchetype: ArchetypeID?

        enum CodingKeys: String, CodingKey {
            case id, text, archetype, topics, ambiguous
            case altArchetype = "alt_archetype"
        }
    }

    public struct PerArchetype: Codable, Sendable {
        public var archetype: ArchetypeID
        public var count: Int
        public var accuracy: Double
    }

    public var items: Int
    /// Items not marked ambiguous.
    public var clearItems: Int
    public var accuracy: Double
    public var clearAccuracy: Double
    public var macroAccuracy: Double
    /// Ambiguous items counted right when either their archetype or their alternative is predicted.
    public var lenientAccuracy: Double
    public var perArchetype: [PerArchetype]
    /// rows: gold archetype, columns: predicted, both in `ArchetypeID.allCases` order.
    public var confusion: [[Int]]
    public var k: Int
    /// Share of gold topics found in the top k, over all gold topics.
    public var topicRecall: Double
    /// Share of questions whose first gold topic is in the top k.
    public var primaryTopicRecall: Double
    public var misses: [String]

    enum CodingKeys: String, CodingKey {
        case items, accuracy, k, confusion, misses
        case clearItems = "clear_items"
        case clearAccuracy = "clear_accuracy"
        case macroAccuracy = "macro_accuracy"
        case lenientAccuracy = "lenient_accuracy"
        case perArchetype = "per_archetype"
        case topicRecall = "topic_recall"
        case primaryTopicRecall = "primary_topic_recall"
    }

    public static func run(_ router: QuestionRouter, on items: [Item], k: Int = 5) -> RouterEvaluation {
        let classes = ArchetypeID.allCases
        let position = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        var confusion = Array(repeating: Array(repeating: 0, count: classes.count), count: classes.count)
        var correct = 0, clear = 0, clearCorrect = 0, lenient = 0
        var goldTopics = 0, foundTopics = 0, primaryFound = 0
        var misses: [String] = []

        for item in items {
            let predicted = router.classify(item.text).ranked[0].0
            let top = Set(router.index.rank(item.text, archetype: predicted, mix: router.mix).prefix(k).map(\.topic.number))
            confusion[position[item.archetype]!][position[predicted]!] += 1
            let right = predicted == item.archetype
            if right { correct += 1 }
            if item.ambiguous != true {
                clear += 1
                if right { clearCorrect += 1 }
            }
            if right || (item.ambiguous == true && predicted == item.altArchetype) { lenient += 1 }
            if !right { misses.append("archetype \(item.archetype.rawValue) → \(predicted.rawValue): \(item.text)") }

            goldTopics += item.topics.count
            foundTopics += item.topics.filter(top.contains).count
            if let first = item.topics.first, top.contains(first) { primaryFound += 1 }
        }

        let perArchetype = classes.enumerated().map { index, archetype in
            let row = confusion[index]
            let total = row.reduce(0, +)
            return PerArchetype(archetype: archetype, count: total, accuracy: total == 0 ? 0 : ratio(row[index], total))
        }
        let present = perArchetype.filter { $0.count > 0 }
        return RouterEvaluation(
            items: items.count, clearItems: clear, accuracy: ratio(correct, items.count),
            clearAccuracy: ratio(clearCorrect, clear),
            macroAccuracy: present.isEmpty ? 0 : rounded(present.map(\.accuracy).reduce(0, +) / Double(present.count)),
            lenientAccuracy: ratio(lenient, items.count), perArchetype: perArchetype, confusion: confusion, k: k,
            topicRecall: ratio(foundTopics, goldTopics), primaryTopicRecall: ratio(primaryFound, items.count), misses: misses)
    }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : rounded(Double(a) / Double(b)) }
    static func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}

/// K-fold cross-validation of topic routing on the pack's own labelled questions: the honest
/// way to tune the router without looking at any evaluation set.
public enum RouterCrossValidation {
    public struct Result: Codable, Sendable {
        public var mix: TopicIndex.Mix
        public var recall: Double
        public var primaryRecall: Double

        enum CodingKeys: String, CodingKey {
            case mix
            case recall
            case primaryRecall = "primary_recall"
        }
    }

    public static func run(library: ContentLibrary, questions: [LabelledQuestion], folds: Int = 5, k: Int = 5,
                           mixes: [TopicIndex.Mix]) -> [Result] {
        var found = Array(repeating: 0, count: mixes.count)
        var primary = Array(repeating: 0, count: mixes.count)
        var gold = 0
        var count = 0
        for fold in 0..<folds {
            let heldOut = questions.enumerated().filter { $0.offset % folds == fold }.map(\.element)
            let kept = questions.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            let heldTexts = Set(heldOut.map(\.text))
            let model = TopicModel.train(on: kept, topics: library.topics)
            let index = TopicIndex(topics: library.topics, questions: library.questions.filter { !heldTexts.contains($0.text) }, model: model)
            for question in heldOut where !question.topics.isEmpty {
                gold += question.topics.count
                count += 1
                // Tokenized once, ranked under every mix.
                let query = QueryTerms(Tokenizer.tokens(question.text))
                for (position, mix) in mixes.enumerated() {
                    let top = Set(index.rank(query, archetype: question.archetype, mix: mix).prefix(k).map(\.topic.number))
                    found[position] += question.topics.filter(top.contains).count
                    if top.contains(question.topics[0]) { primary[position] += 1 }
                }
            }
        }
        return mixes.enumerated().map { position, mix in
            Result(mix: mix, recall: RouterEvaluation.ratio(found[position], gold),
                   primaryRecall: RouterEvaluation.ratio(primary[position], count))
        }
    }
}

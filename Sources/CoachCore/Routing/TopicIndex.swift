import Foundation

/// Ranks topics for a question: BM25 over each topic's text (title, concepts, summary, and the
/// questions it holds, built-in and imported) plus the concepts whose names the question uses,
/// each weighted by how specific it is to few topics.
public struct TopicIndex: Sendable {
    public struct Scored: Sendable, Hashable {
        public var topic: Topic
        public var score: Double
        /// The names and words that matched, strongest first.
        public var because: [String]
    }

    struct ConceptRef: Sendable, Hashable {
        var topic: Int
        var name: String
    }

    /// BM25 parameters: term-frequency saturation and length normalisation.
    static let k1 = 1.2
    static let b = 0.75
    /// How much a matched concept name counts against BM25 word evidence.
    static let conceptWeight = 2.0
    /// Imported questions are many and noisy; each contributes this much of a concept word.
    static let questionTextWeight = 0.35

    public let topics: [Topic]
    private let termFrequencies: [[String: Double]]
    private let documentLengths: [Double]
    private let averageLength: Double
    private let inverseDocumentFrequency: [String: Double]
    private let concepts: PhraseLexicon<ConceptRef>
    private let conceptSpecificity: [String: Double]
    private let scorer: TopicScorer?
    private let neighbours: QuestionNeighbors?
    /// Topic index → (companion topic index, share of the topic's questions that also carry it).
    private let companionTopics: [[(Int, Double)]]

    /// How the three kinds of evidence are mixed, each scaled to its best topic first: word and
    /// concept matches, the naive Bayes topic model, and votes of the nearest labelled questions.
    /// Chosen by cross-validation on the pack's own labelled questions (`coach eval router-cv`).
    public struct Mix: Sendable, Codable, Hashable {
        public var lexical: Double
        public var model: Double
        public var neighbours: Double
        /// Added on top: a share of the leading topics' scores passed to the topics that
        /// labelled questions most often pair with them (a design question on 22 often needs 29).
        public var companions: Double

        public init(lexical: Double, model: Double, neighbours: Double, companions: Double = 0) {
            self.lexical = lexical
            self.model = model
            self.neighbours = neighbours
            self.companions = companions
        }
    }

    public static let defaultMix = Mix(lexical: 0.3, model: 0.5, neighbours: 0.2, companions: 0.25)
    /// Imported questions are labelled only by their folder, so they teach the model less.
    static let importedQuestionWeight = 0.5

    public init(topics: [Topic], questions: [Question], model: TopicModel? = nil) {
        self.topics = topics
        let position = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.number, $0) })
        if var model {
            for question in questions where question.source.origin == .imported {
                model.add(text: question.text, topics: question.topics, archetype: question.archetype, weight: Self.importedQuestionWeight)
            }
            scorer = TopicScorer(model: model, topics: topics.map(\.number))
            let labelled = model.questions.map { (text: $0.text, topics: $0.topics, weight: 1.0) }
            let held = Set(model.questions.map(\.text))
            let others = questions.filter { !held.contains($0.text) }.map {
                (text: $0.text, topics: $0.topics, weight: $0.source.origin == .imported ? Self.importedQuestionWeight : 1.0)
            }
            neighbours = QuestionNeighbors(labelled + others)
            var pairs = Array(repeating: [Int: Double](), count: topics.count)
            var totals = Array(repeating: 0.0, count: topics.count)
            for question in model.questions {
                let indices = question.topics.compactMap { position[$0] }
                for a in indices {
                    totals[a] += 1
                    for b in indices where b != a { pairs[a][b, default: 0] += 1 }
                }
            }
            companionTopics = pairs.indices.map { a in
                pairs[a].map { ($0.key, $0.value / max(1, totals[a])) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            }
        } else {
            scorer = nil
            neighbours = nil
            companionTopics = Array(repeating: [], count: topics.count)
        }
        var frequencies = Array(repeating: [String: Double](), count: topics.count)

        func add(_ text: String, to topic: Int, weight: Double) {
            for token in Tokenizer.tokens(text) where !Stopwords.english.contains(token.lower) {
                frequencies[topic][token.stem, default: 0] += weight
            }
        }

        var lexicon = PhraseLexicon<ConceptRef>()
        var topicsPerName: [String: Set<Int>] = [:]
        for (index, topic) in topics.enumerated() {
            add(topic.title, to: index, weight: 3)
            add(topic.summary, to: index, weight: 1)
            for concept in topic.concepts {
                for name in concept.allNames {
                    add(name, to: index, weight: 2)
                    let key = Tokenizer.stems(name).joined(separator: " ")
                    lexicon.add(name, value: ConceptRef(topic: index, name: key))
                    topicsPerName[key, default: []].insert(index)
                }
            }
        }
        for question in questions {
            // A question speaks mostly for its first topic.
            for (rank, number) in question.topics.prefix(3).enumerated() {
                guard let index = position[number] else { continue }
                let weight = Self.questionTextWeight / Double(rank + 1)
                add(question.text, to: index, weight: weight)
                if let section = question.section { add(section, to: index, weight: weight / 2) }
                for point in question.keyPoints where question.source.origin == .builtin {
                    add(point.text, to: index, weight: weight / 2)
                }
            }
        }

        termFrequencies = frequencies
        documentLengths = frequencies.map { $0.values.reduce(0, +) }
        averageLength = max(1, documentLengths.reduce(0, +) / Double(max(1, topics.count)))
        var documentFrequency: [String: Int] = [:]
        for document in frequencies {
            for term in document.keys { documentFrequency[term, default: 0] += 1 }
        }
        let n = Double(topics.count)
        inverseDocumentFrequency = documentFrequency.mapValues { log(1 + (n - Double($0) + 0.5) / (Double($0) + 0.5)) }
        concepts = lexicon
        conceptSpecificity = topicsPerName.mapValues { log(1 + n / Double($0.count)) }
    }

    /// The share of the question's content words that occur anywhere in the topics' text:
    /// low for a question in another language or about something the catalog does not cover.
    public func knownShare(_ text: String) -> Double {
        let words = Tokenizer.tokens(text).filter { !Stopwords.english.contains($0.lower) }
        guard !words.isEmpty else { return 0 }
        return Double(words.filter { inverseDocumentFrequency[$0.stem] != nil }.count) / Double(words.count)
    }

    /// Every topic scored for `text`, best first (ties by number).
    public func rank(_ text: String, archetype: ArchetypeID? = nil, mix: Mix = TopicIndex.defaultMix) -> [Scored] {
        let tokens = Tokenizer.tokens(text)
        var scores = Array(repeating: 0.0, count: topics.count)
        var reasons = Array(repeating: [(String, Double)](), count: topics.count)

        // Concept names: the strongest evidence, since they are this topic's own vocabulary.
        var conceptCovered = Set<Int>()
        for match in concepts.matches(in: tokens) {
            let weight = Self.conceptWeight * (conceptSpecificity[match.value.name] ?? 1) * Double(match.tokens.count).squareRoot()
            let topic = match.value.topic
            if !reasons[topic].contains(where: { $0.0 == match.surface }) {
                scores[topic] += weight
                reasons[topic].append((match.surface, weight))
            }
            conceptCovered.formUnion(match.tokens)
        }

        // Words: BM25 over the topic documents, each distinct query word once.
        var seen = Set<String>()
        for (position, token) in tokens.enumerated() where !Stopwords.english.contains(token.lower) && seen.insert(token.stem).inserted {
            guard let idf = inverseDocumentFrequency[token.stem] else { continue }
            for topic in topics.indices {
                guard let tf = termFrequencies[topic][token.stem] else { continue }
                let norm = tf * (Self.k1 + 1) / (tf + Self.k1 * (1 - Self.b + Self.b * documentLengths[topic] / averageLength))
                let score = idf * norm
                scores[topic] += score
                if !conceptCovered.contains(position), score > 1.0 { reasons[topic].append((token.lower, score)) }
            }
        }

        if let scorer, let neighbours {
            let lexicalTop = max(scores.max() ?? 0, 1)
            let probabilities = scorer.probabilities(text, archetype: archetype)
            let learnedTop = max(probabilities.max() ?? 0, 1e-12)
            let votes = neighbours.votes(text)
            let votesTop = max(votes.values.max() ?? 0, 1e-12)
            for index in scores.indices {
                scores[index] = mix.lexical * scores[index] / lexicalTop + mix.model * probabilities[index] / learnedTop
                    + mix.neighbours * (votes[topics[index].number] ?? 0) / votesTop
            }
            if mix.companions > 0 {
                let leaders = scores.indices.sorted { scores[$0] > scores[$1] }.prefix(2)
                var boost = Array(repeating: 0.0, count: scores.count)
                for leader in leaders {
                    for (companion, share) in companionTopics[leader] { boost[companion] += mix.companions * share * scores[leader] }
                }
                for index in scores.indices { scores[index] += boost[index] }
            }
        }
        return topics.indices
            .map { index in
                Scored(topic: topics[index], score: scores[index],
                       because: reasons[index].sorted { $0.1 > $1.1 }.prefix(5).map(\.0))
            }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.topic.number < $1.topic.number }
    }
}

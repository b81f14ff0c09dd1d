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

    /// One topic that holds a word, with the word's BM25 term weight there. The weight does not
    /// depend on the question, so it is computed once when the index is built.
    struct Posting: Sendable {
        var topic: Int
        var weight: Double
    }

    public let topics: [Topic]
    /// Indexed by stem id (`Token.stemID`): the topics holding that stem. A stem first seen
    /// after the index was built has an id beyond the end and is simply unknown.
    private let postings: [[Posting]]
    /// Indexed by stem id; 0 for a stem no topic holds.
    private let inverseDocumentFrequency: [Double]
    private let concepts: PhraseLexicon<ConceptRef>
    private let conceptSpecificity: [String: Double]
    private let scorer: TopicScorer?
    private let neighbours: QuestionNeighbors?
    /// Topic index → (companion topic index, share of the topic's questions that also carry it).
    private let companionTopics: [[(Int, Double)]]

    /// How the three kinds of evidence are mixed, each scaled to its best topic first: word and
    /// concept matches, the naive Bayes topic model, and votes of the nearest labelled questions.
    public struct Mix: Sendable, Codable, Hashable {
        public var lexical: Double
        public var model: Double
        public var neighbours: Double
        /// Added on top: a share of the leading topics' scores passed to the topics that
        /// labelled questions most often pair with them (a design question on 22 often needs 29).
        public var companions: Double
        /// Added on top: how often labelled questions of the question's archetype draw on each
        /// topic. Supporting topics (metrics for a design question, debugging for a debug one)
        /// are seldom named, so only this prior brings them up.
        public var prior: Double
        /// Divides the naive Bayes log-likelihoods: above 1 it softens a posterior that is
        /// otherwise nearly all on one topic, so supporting topics keep a share.
        public var temperature: Double

        /// Reads "lexical,model,neighbours[,companions[,prior[,temperature]]]", as `coach eval router --mix` takes it.
        public init?(parsing text: String) {
            let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard (3...6).contains(values.count), values.allSatisfy({ $0 != nil && $0! >= 0 }) else { return nil }
            let v = values.map { $0! }
            self.init(lexical: v[0], model: v[1], neighbours: v[2], companions: v.count > 3 ? v[3] : 0,
                      prior: v.count > 4 ? v[4] : 0, temperature: v.count > 5 ? max(v[5], 0.01) : 1)
        }

        public init(lexical: Double, model: Double, neighbours: Double, companions: Double = 0, prior: Double = 0,
                    temperature: Double = 1) {
            self.lexical = lexical
            self.model = model
            self.neighbours = neighbours
            self.companions = companions
            self.prior = prior
            self.temperature = temperature
        }
    }

    /// The best topic recall@5 in 5-fold cross-validation on the pack's own 1,723 labelled
    /// questions (`coach eval router-cv`), ties broken by first-topic recall.
    public static let defaultMix = Mix(lexical: 0.3, model: 0.3, neighbours: 0.4, companions: 0.25, prior: 0, temperature: 8)
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
            neighbours = QuestionNeighbors(labelled + others, topicIndex: position)
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
        var frequencies = Array(repeating: [Int: Double](), count: topics.count)

        func add(_ text: String, to topic: Int, weight: Double) {
            for token in Tokenizer.tokens(text) where !Stopwords.english.contains(token.lower) {
                frequencies[topic][token.stemID, default: 0] += weight
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

        let lengths = frequencies.map { $0.values.reduce(0, +) }
        let averageLength = max(1, lengths.reduce(0, +) / Double(max(1, topics.count)))
        let stemCount = (frequencies.compactMap { $0.keys.max() }.max() ?? -1) + 1
        var postings = Array(repeating: [Posting](), count: stemCount)
        for (topic, document) in frequencies.enumerated() {
            let lengthNorm = Self.k1 * (1 - Self.b + Self.b * lengths[topic] / averageLength)
            for (stem, tf) in document {
                postings[stem].append(Posting(topic: topic, weight: tf * (Self.k1 + 1) / (tf + lengthNorm)))
            }
        }
        let n = Double(topics.count)
        inverseDocumentFrequency = postings.map { list in
            list.isEmpty ? 0 : log(1 + (n - Double(list.count) + 0.5) / (Double(list.count) + 0.5))
        }
        self.postings = postings.map { $0.sorted { $0.topic < $1.topic } }
        concepts = lexicon
        conceptSpecificity = topicsPerName.mapValues { log(1 + n / Double($0.count)) }
    }

    /// The share of the question's content words that occur anywhere in the topics' text:
    /// low for a question in another language or about something the catalog does not cover.
    public func knownShare(_ text: String) -> Double {
        knownShare(QueryTerms(Tokenizer.tokens(text)))
    }

    func knownShare(_ query: QueryTerms) -> Double {
        guard !query.contentTokens.isEmpty else { return 0 }
        return Double(query.contentTokens.filter { idf($0.stemID) > 0 }.count) / Double(query.contentTokens.count)
    }

    private func idf(_ stem: Int) -> Double {
        stem < inverseDocumentFrequency.count ? inverseDocumentFrequency[stem] : 0
    }

    /// Every topic scored for `text`, best first (ties by number).
    public func rank(_ text: String, archetype: ArchetypeID? = nil, mix: Mix = TopicIndex.defaultMix) -> [Scored] {
        rank(QueryTerms(Tokenizer.tokens(text)), archetype: archetype, mix: mix)
    }

    func rank(_ query: QueryTerms, archetype: ArchetypeID? = nil, mix: Mix = TopicIndex.defaultMix) -> [Scored] {
        let tokens = query.tokens
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
        for (position, token) in zip(query.contentPositions, query.contentTokens) {
            let idf = idf(token.stemID)
            guard idf > 0 else { continue }
            let explains = !conceptCovered.contains(position)
            for posting in postings[token.stemID] {
                let score = idf * posting.weight
                scores[posting.topic] += score
                if explains, score > 1.0 { reasons[posting.topic].append((token.lower, score)) }
            }
        }

        if let scorer, let neighbours {
            let lexicalTop = max(scores.max() ?? 0, 1)
            let probabilities = scorer.probabilities(query.contentStems, archetype: archetype, temperature: mix.temperature)
            let learnedTop = max(probabilities.max() ?? 0, 1e-12)
            let votes = neighbours.votes(query.contentStems)
            let votesTop = max(votes.max() ?? 0, 1e-12)
            for index in scores.indices {
                scores[index] = mix.lexical * scores[index] / lexicalTop + mix.model * probabilities[index] / learnedTop
                    + mix.neighbours * votes[index] / votesTop
            }
            if mix.prior > 0, let archetype {
                let prior = scorer.prior(archetype)
                let priorTop = max(prior.max() ?? 0, 1e-12)
                for index in scores.indices { scores[index] += mix.prior * prior[index] / priorTop }
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

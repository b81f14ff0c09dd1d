import Foundation

/// A multinomial naive Bayes model of which topics a question draws on, learned from labelled
/// questions (the pack's router training set and its built-in questions). It captures what
/// word overlap cannot: a design question usually needs system design (29) and metrics (03)
/// even when it names neither. Training is counting, so imported questions join it at load time.
public struct TopicModel: Codable, Sendable, Equatable {
    /// Term → weighted count per topic number.
    public var termCounts: [String: [String: Double]]
    /// Archetype → weighted count per topic number: which topics each kind of question draws on.
    public var archetypeCounts: [String: [String: Double]]
    /// The labelled questions themselves, for nearest-neighbour votes.
    public var questions: [LabelledQuestion]

    /// A question's first topic counts fully, later ones less: they are supporting topics.
    static let rankWeights = [1.0, 0.7, 0.5, 0.4, 0.3, 0.25]

    public init(termCounts: [String: [String: Double]] = [:], archetypeCounts: [String: [String: Double]] = [:],
                questions: [LabelledQuestion] = []) {
        self.termCounts = termCounts
        self.archetypeCounts = archetypeCounts
        self.questions = questions
    }

    /// The words the model reads: content words, stemmed.
    static func terms(_ text: String) -> [String] {
        Tokenizer.tokens(text).filter { !Stopwords.english.contains($0.lower) }.map(\.stem)
    }

    public mutating func add(text: String, topics: [String], archetype: ArchetypeID?, weight: Double = 1) {
        let terms = Set(Self.terms(text))
        for (rank, topic) in topics.prefix(Self.rankWeights.count).enumerated() {
            let w = weight * Self.rankWeights[rank]
            for term in terms { termCounts[term, default: [:]][topic, default: 0] += w }
            if let archetype { archetypeCounts[archetype.rawValue, default: [:]][topic, default: 0] += w }
        }
    }

    public static func train(on questions: [LabelledQuestion], topics: [Topic]) -> TopicModel {
        var model = TopicModel()
        // Each topic's own names teach the model its vocabulary, even with few questions.
        for topic in topics {
            let names = [topic.title] + topic.concepts.flatMap(\.allNames)
            model.add(text: names.joined(separator: " . "), topics: [topic.number], archetype: nil)
        }
        for question in questions where !question.topics.isEmpty {
            model.add(text: question.text, topics: question.topics, archetype: question.archetype)
            model.questions.append(question)
        }
        model.round()
        return model
    }

    /// Rounds counts so the stored model is the same on every machine.
    mutating func round() {
        termCounts = termCounts.mapValues { $0.mapValues { ($0 * 1000).rounded() / 1000 } }
        archetypeCounts = archetypeCounts.mapValues { $0.mapValues { ($0 * 1000).rounded() / 1000 } }
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}

/// A `TopicModel` made ready for scoring: totals and smoothed log-probabilities.
struct TopicScorer: Sendable {
    let topics: [String]
    /// Indexed by stem id: the log-probability of the stem under each topic; empty for a stem
    /// the model never saw.
    private let logTerm: [[Double]]
    private let logPrior: [String: [Double]]
    private let logFlatPrior: [Double]

    /// Laplace smoothing of term counts, and of the archetype prior.
    static let termSmoothing = 0.1
    static let priorSmoothing = 1.0

    init(model: TopicModel, topics: [String]) {
        self.topics = topics
        let position = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1, $0) })
        var totals = Array(repeating: 0.0, count: topics.count)
        var counts: [(stem: Int, row: [Double])] = []
        for (term, perTopic) in model.termCounts.sorted(by: { $0.key < $1.key }) {
            var row = Array(repeating: 0.0, count: topics.count)
            for (topic, count) in perTopic {
                guard let index = position[topic] else { continue }
                row[index] = count
                totals[index] += count
            }
            counts.append((StemCache.shared.id(ofStem: term), row))
        }
        let vocabulary = Double(max(1, counts.count))
        let denominators = totals.map { $0 + Self.termSmoothing * vocabulary }
        var logTerm = Array(repeating: [Double](), count: (counts.map(\.stem).max() ?? -1) + 1)
        for (stem, row) in counts {
            logTerm[stem] = row.indices.map { log((row[$0] + Self.termSmoothing) / denominators[$0]) }
        }
        self.logTerm = logTerm

        var priors: [String: [Double]] = [:]
        for (archetype, perTopic) in model.archetypeCounts {
            var row = Array(repeating: Self.priorSmoothing, count: topics.count)
            for (topic, count) in perTopic { if let index = position[topic] { row[index] += count } }
            let total = row.reduce(0, +)
            priors[archetype] = row.map { log($0 / total) }
        }
        logPrior = priors
        logFlatPrior = Array(repeating: -log(Double(max(1, topics.count))), count: topics.count)
    }

    /// Posterior probability of each topic, in the order of `topics`, for a question's
    /// distinct content stems.
    func probabilities(_ stems: [Int], archetype: ArchetypeID?, temperature: Double = 1) -> [Double] {
        var likelihood = Array(repeating: 0.0, count: topics.count)
        for stem in stems where stem < logTerm.count {
            let row = logTerm[stem]
            guard !row.isEmpty else { continue }
            for index in likelihood.indices { likelihood[index] += row[index] }
        }
        let prior = archetype.flatMap { logPrior[$0.rawValue] } ?? logFlatPrior
        return ArchetypeModel.softmax(likelihood.indices.map { prior[$0] + likelihood[$0] / max(temperature, 1e-6) })
    }

    /// How often labelled questions of `archetype` draw on each topic (smoothed shares).
    func prior(_ archetype: ArchetypeID) -> [Double] {
        (logPrior[archetype.rawValue] ?? logFlatPrior).map { exp($0) }
    }
}

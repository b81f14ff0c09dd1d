import Foundation

/// Answers the three hidden questions of the founding document for any interview question:
/// what kind of question it is, which deep dives it draws on, and how to structure the answer.
public struct QuestionRouter: Sendable {
    /// Questions longer than this are refused: nobody is asked a 20,000-character question.
    public static let maximumQuestionLength = 20_000
    /// Below this gap between the top two archetypes, the question is said to be both.
    public static let closeMargin = 0.15

    public let library: ContentLibrary
    public let model: ArchetypeModel
    public let features: ArchetypeFeatures
    public let index: TopicIndex
    /// How the topic evidence is mixed; `coach eval router --mix` tries others.
    public var mix = TopicIndex.defaultMix
    private let bridgeNames: PhraseLexicon<String>
    /// Each archetype's framework steps with their prompts split at `{subject}`, so filling
    /// them in for a question is a join.
    private let promptTemplates: [ArchetypeID: [(step: FrameworkStep, parts: [String])]]

    public enum RouterError: Error, CustomStringConvertible, Equatable {
        case empty
        case tooLong(Int)
        case notText

        public var description: String {
            switch self {
            case .empty: "the question is empty"
            case let .tooLong(length): "the question is \(length) characters; questions are limited to \(QuestionRouter.maximumQuestionLength)"
            case .notText: "the question does not look like text (mostly control or replacement characters)"
            }
        }
    }

    public init(library: ContentLibrary, model: ArchetypeModel, topicModel: TopicModel? = nil) {
        self.library = library
        self.model = model
        features = ArchetypeFeatures(archetypes: library.archetypes)
        index = TopicIndex(topics: library.topics, questions: library.questions, model: topicModel)
        var names = PhraseLexicon<String>()
        for bridge in library.bridges {
            for alias in bridge.aliases + [bridge.name] { names.add(alias, value: bridge.id) }
        }
        bridgeNames = names
        promptTemplates = Dictionary(uniqueKeysWithValues: library.archetypes.map { archetype in
            (archetype.id, archetype.framework.map { ($0, $0.prompt.components(separatedBy: "{subject}")) })
        })
    }

    /// The model that ships in the pack.
    public static func builtinModel() throws -> ArchetypeModel {
        guard let url = PackLoader.builtinDirectory()?.appendingPathComponent(RouterTrainingSet.modelFileName) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try ArchetypeModel.load(from: url)
    }

    public static func builtinTopicModel() throws -> TopicModel {
        guard let url = PackLoader.builtinDirectory()?.appendingPathComponent(RouterTrainingSet.topicModelFileName) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONDecoder().decode(TopicModel.self, from: Data(contentsOf: url))
    }

    /// The router over `library` with the models that ship in the pack.
    public static func builtin(library: ContentLibrary) throws -> QuestionRouter {
        QuestionRouter(library: library, model: try builtinModel(), topicModel: try builtinTopicModel())
    }

    public func classify(_ text: String) -> (ranked: [(ArchetypeID, Double)], close: Bool) {
        classify(text, tokens: Tokenizer.tokens(text))
    }

    func classify(_ text: String, tokens: [Token]) -> (ranked: [(ArchetypeID, Double)], close: Bool) {
        let probabilities = model.probabilities(features.extract(text, tokens: tokens))
        let ranked = zip(model.classes, probabilities).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.rawValue < $1.0.rawValue }
        return (ranked, ranked[0].1 - ranked[1].1 < Self.closeMargin)
    }

    public func route(_ rawText: String, top: Int = 5) throws(RouterError) -> Routing {
        let text = rawText.trimmed()
        guard !text.isEmpty else { throw .empty }
        guard text.unicodeScalars.count <= Self.maximumQuestionLength else { throw .tooLong(text.unicodeScalars.count) }
        let readable = text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " " }.count
        guard readable * 2 >= text.unicodeScalars.count else { throw .notText }

        var notes: [String] = []
        let query = QueryTerms(Tokenizer.tokens(text))
        let (ranked, close) = classify(text, tokens: query.tokens)
        let archetype = Routing.ArchetypeGuess(
            id: ranked[0].0, confidence: Self.rounded(ranked[0].1),
            runnerUp: .init(id: ranked[1].0, confidence: Self.rounded(ranked[1].1)), close: close)

        let scored = index.rank(query, archetype: archetype.id, mix: mix)
        let topics = scored.prefix(max(5, top)).map {
            Routing.RoutedTopic(number: $0.topic.number, slug: $0.topic.slug, title: $0.topic.title,
                                score: Self.rounded($0.score), because: $0.because)
        }
        if scored.prefix(5).allSatisfy({ $0.because.isEmpty }) || index.knownShare(query) < 0.5 {
            notes.append("No catalog terms were recognised; the topics are a weak guess. Is the question in English?")
        }

        let subject = QuestionSubject.extract(from: text)
        let framework = (promptTemplates[archetype.id] ?? []).map {
            Routing.Step(step: $0.step.id, name: $0.step.name, prompt: $0.parts.joined(separator: subject))
        }
        return Routing(question: text, archetype: archetype, topics: Array(topics), subject: subject,
                       framework: framework, bridges: bridges(for: query.tokens, topics: topics.map(\.number)),
                       pitfalls: pitfalls(for: archetype.id), notes: notes)
    }

    /// Bridges named in the question, then bridges linking two or more of its top topics.
    func bridges(for tokens: [Token], topics: [String]) -> [Routing.BridgeUse] {
        let named = Set(bridgeNames.matches(in: tokens).map(\.value))
        let top = Set(topics.prefix(5))
        var uses: [(Routing.BridgeUse, Int)] = []
        for bridge in library.bridges {
            let links = bridge.links.filter { top.contains($0.topic) }
            let strength = (named.contains(bridge.id) ? 10 : 0) + links.count
            guard named.contains(bridge.id) || links.count >= 2 else { continue }
            uses.append((Routing.BridgeUse(id: bridge.id, name: bridge.name, links: links), strength))
        }
        return uses.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }.prefix(3).map(\.0)
    }

    /// The failure modes and gotchas that cost most on this archetype.
    func pitfalls(for archetype: ArchetypeID) -> [Routing.Pitfall] {
        let modes = library.failureModes.filter { $0.archetypes.contains(archetype) }
            .map { Routing.Pitfall(id: $0.id.rawValue, name: $0.name, advice: $0.advice) }
        let gotchas = library.gotchas.filter { $0.archetypes.first == archetype }.prefix(2)
            .map { Routing.Pitfall(id: "gotcha", name: "\($0.question) — not \"\($0.wrong)\"", advice: $0.better) }
        return Array(modes.prefix(3)) + gotchas
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

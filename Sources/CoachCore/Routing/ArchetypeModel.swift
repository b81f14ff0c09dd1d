import Foundation

/// A multinomial logistic regression over `ArchetypeFeatures`, trained by `ArchetypeTrainer`
/// and stored as JSON in the pack. Inference is a sparse dot product and a softmax.
public struct ArchetypeModel: Codable, Sendable, Equatable {
    public var classes: [ArchetypeID]
    /// Feature name → one weight per class, in the order of `classes`.
    public var weights: [String: [Double]]
    /// How the model was trained, for the record.
    public var training: TrainingRecord

    public struct TrainingRecord: Codable, Sendable, Equatable {
        public var examples: Int
        public var epochs: Int
        public var learningRate: Double
        public var l2: Double
        public var trainingAccuracy: Double
    }

    public init(classes: [ArchetypeID], weights: [String: [Double]], training: TrainingRecord) {
        self.classes = classes
        self.weights = weights
        self.training = training
    }

    /// Class probabilities for a question's features, in the order of `classes`.
    public func probabilities(_ features: [String]) -> [Double] {
        var logits = Array(repeating: 0.0, count: classes.count)
        for feature in features {
            guard let row = weights[feature] else { continue }
            for index in logits.indices { logits[index] += row[index] }
        }
        return Self.softmax(logits)
    }

    static func softmax(_ logits: [Double]) -> [Double] {
        let top = logits.max() ?? 0
        let exps = logits.map { exp($0 - top) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    public static func load(from url: URL) throws -> ArchetypeModel {
        try JSONDecoder().decode(ArchetypeModel.self, from: Data(contentsOf: url))
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}

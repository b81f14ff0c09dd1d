import Foundation

/// One labelled question for training the archetype model.
public struct LabelledQuestion: Codable, Sendable, Hashable {
    public var text: String
    public var archetype: ArchetypeID
    public var topics: [String]

    public init(text: String, archetype: ArchetypeID, topics: [String] = []) {
        self.text = text
        self.archetype = archetype
        self.topics = topics
    }
}

/// Trains `ArchetypeModel` by full-batch gradient descent on the softmax cross-entropy with an
/// L2 penalty. Everything runs in a fixed order from zero weights, so the same questions always
/// give the same model, bit for bit.
public struct ArchetypeTrainer: Sendable {
    public var epochs = 300
    public var learningRate = 0.5
    public var l2 = 0.0005
    /// Features seen in fewer questions than this are dropped as noise.
    public var minimumCount = 2
    public let features: ArchetypeFeatures

    public init(features: ArchetypeFeatures) {
        self.features = features
    }

    public func train(_ questions: [LabelledQuestion]) -> ArchetypeModel {
        let classes = ArchetypeID.allCases
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let extracted = questions.map { Array(Set(features.extract($0.text))) }

        var counts: [String: Int] = [:]
        for row in extracted { for feature in row { counts[feature, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= minimumCount || $0.key == "bias" }.keys.sorted()
        let featureIndex = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let rows: [[Int]] = extracted.map { $0.compactMap { featureIndex[$0] }.sorted() }
        let labels = questions.map { classIndex[$0.archetype]! }

        let k = classes.count
        var weights = Array(repeating: 0.0, count: vocabulary.count * k)
        var gradient = Array(repeating: 0.0, count: weights.count)
        let n = Double(max(1, questions.count))

        for _ in 0..<epochs {
            for index in gradient.indices { gradient[index] = l2 * weights[index] }
            for (row, label) in zip(rows, labels) {
                var logits = Array(repeating: 0.0, count: k)
                for feature in row { for c in 0..<k { logits[c] += weights[feature * k + c] } }
                let probabilities = ArchetypeModel.softmax(logits)
                for feature in row {
                    for c in 0..<k {
                        gradient[feature * k + c] += (probabilities[c] - (c == label ? 1 : 0)) / n
                    }
                }
            }
            for index in weights.indices { weights[index] -= learningRate * gradient[index] }
        }

        var table: [String: [Double]] = [:]
        for (index, name) in vocabulary.enumerated() {
            let row = (0..<k).map { (weights[index * k + $0] * 1e6).rounded() / 1e6 }
            if row.contains(where: { abs($0) >= 1e-4 }) { table[name] = row }
        }
        var model = ArchetypeModel(classes: classes, weights: table, training: .init(
            examples: questions.count, epochs: epochs, learningRate: learningRate, l2: l2, trainingAccuracy: 0))
        let correct = zip(questions, extracted).filter { question, row in
            let probabilities = model.probabilities(row)
            return classes[probabilities.indices.max { probabilities[$0] < probabilities[$1] }!] == question.archetype
        }.count
        model.training.trainingAccuracy = (Double(correct) / n * 1e4).rounded() / 1e4
        return model
    }
}

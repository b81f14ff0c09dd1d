import Foundation

/// Finds the labelled questions most like a new one (BM25 over single questions) and lets
/// them vote for their topics. Short questions share few words with a topic's whole text but
/// often share a phrasing with a question someone already labelled; every imported grill
/// question, labelled by its folder, adds a voter.
struct QuestionNeighbors: Sendable {
    struct Entry: Sendable {
        var topics: [String]
        var weight: Double
        var length: Double
    }

    static let k1 = 1.2
    static let b = 0.75
    /// How many neighbours vote.
    static let neighbours = 12

    private var entries: [Entry] = []
    private var postings: [String: [(Int, Double)]] = [:]
    private var averageLength = 1.0
    private var idf: [String: Double] = [:]

    init(_ questions: [(text: String, topics: [String], weight: Double)]) {
        var documentFrequency: [String: Int] = [:]
        var totalLength = 0.0
        for question in questions where !question.topics.isEmpty {
            var counts: [String: Double] = [:]
            for term in TopicModel.terms(question.text) { counts[term, default: 0] += 1 }
            guard !counts.isEmpty else { continue }
            let id = entries.count
            let length = counts.values.reduce(0, +)
            entries.append(Entry(topics: question.topics, weight: question.weight, length: length))
            totalLength += length
            for (term, count) in counts {
                postings[term, default: []].append((id, count))
                documentFrequency[term, default: 0] += 1
            }
        }
        averageLength = max(1, totalLength / Double(max(1, entries.count)))
        let n = Double(entries.count)
        idf = documentFrequency.mapValues { log(1 + (n - Double($0) + 0.5) / (Double($0) + 0.5)) }
    }

    /// Topic number → vote, from the nearest questions weighted by their similarity.
    func votes(_ text: String) -> [String: Double] {
        var scores: [Int: Double] = [:]
        for term in Set(TopicModel.terms(text)) {
            guard let list = postings[term], let weight = idf[term] else { continue }
            for (id, tf) in list {
                let length = entries[id].length
                scores[id, default: 0] += weight * tf * (Self.k1 + 1) / (tf + Self.k1 * (1 - Self.b + Self.b * length / averageLength))
            }
        }
        let nearest = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(Self.neighbours)
        var votes: [String: Double] = [:]
        for (id, similarity) in nearest {
            for (rank, topic) in entries[id].topics.prefix(TopicModel.rankWeights.count).enumerated() {
                votes[topic, default: 0] += similarity * entries[id].weight * TopicModel.rankWeights[rank]
            }
        }
        return votes
    }
}

import Foundation

/// Finds the labelled questions most like a new one (BM25 over single questions) and lets
/// them vote for their topics. Short questions share few words with a topic's whole text but
/// often share a phrasing with a question someone already labelled; every imported grill
/// question, labelled by its folder, adds a voter.
struct QuestionNeighbors: Sendable {
    struct Entry: Sendable {
        /// Topic indices, lead topic first.
        var topics: [Int]
        var weight: Double
    }

    /// A question holding a stem, with the stem's full BM25 weight there (idf × saturated tf).
    struct Posting: Sendable {
        var entry: Int
        var weight: Double
    }

    static let k1 = 1.2
    static let b = 0.75
    /// How many neighbours vote.
    static let neighbours = 12

    private let entries: [Entry]
    /// Indexed by stem id.
    private let postings: [[Posting]]
    private let topicCount: Int

    /// `topicIndex` maps a catalog number to the position votes are reported at.
    init(_ questions: [(text: String, topics: [String], weight: Double)], topicIndex: [String: Int]) {
        topicCount = topicIndex.count
        var entries: [Entry] = []
        var counts: [[Int: Double]] = []
        for question in questions {
            let topics = question.topics.compactMap { topicIndex[$0] }
            guard !topics.isEmpty else { continue }
            var termCounts: [Int: Double] = [:]
            for token in Tokenizer.tokens(question.text) where !Stopwords.english.contains(token.lower) {
                termCounts[token.stemID, default: 0] += 1
            }
            guard !termCounts.isEmpty else { continue }
            entries.append(Entry(topics: topics, weight: question.weight))
            counts.append(termCounts)
        }
        let lengths = counts.map { $0.values.reduce(0, +) }
        let averageLength = max(1, lengths.reduce(0, +) / Double(max(1, entries.count)))
        let stemCount = (counts.compactMap { $0.keys.max() }.max() ?? -1) + 1
        var postings = Array(repeating: [Posting](), count: stemCount)
        for (entry, termCounts) in counts.enumerated() {
            let lengthNorm = Self.k1 * (1 - Self.b + Self.b * lengths[entry] / averageLength)
            for (stem, tf) in termCounts {
                postings[stem].append(Posting(entry: entry, weight: tf * (Self.k1 + 1) / (tf + lengthNorm)))
            }
        }
        let n = Double(entries.count)
        self.postings = postings.map { list in
            let idf = log(1 + (n - Double(list.count) + 0.5) / (Double(list.count) + 0.5))
            return list.map { Posting(entry: $0.entry, weight: $0.weight * idf) }
        }
        self.entries = entries
    }

    /// A vote per topic index, from the nearest questions weighted by their similarity.
    /// `stems` are the question's distinct content stems.
    func votes(_ stems: [Int]) -> [Double] {
        var scores = Array(repeating: 0.0, count: entries.count)
        var touched: [Int] = []
        for stem in stems where stem < postings.count {
            for posting in postings[stem] {
                if scores[posting.entry] == 0 { touched.append(posting.entry) }
                scores[posting.entry] += posting.weight
            }
        }
        // The k best by a partial selection: most questions touch few entries, but a long one
        // can touch thousands, and a full sort would dominate.
        var nearest: [Int] = []
        nearest.reserveCapacity(Self.neighbours + 1)
        func better(_ a: Int, _ b: Int) -> Bool { scores[a] != scores[b] ? scores[a] > scores[b] : a < b }
        for entry in touched {
            if nearest.count == Self.neighbours, let last = nearest.last, !better(entry, last) { continue }
            let slot = nearest.firstIndex { better(entry, $0) } ?? nearest.count
            nearest.insert(entry, at: slot)
            if nearest.count > Self.neighbours { nearest.removeLast() }
        }
        var votes = Array(repeating: 0.0, count: topicCount)
        for entry in nearest {
            let similarity = scores[entry]
            for (rank, topic) in entries[entry].topics.prefix(TopicModel.rankWeights.count).enumerated() {
                votes[topic] += similarity * entries[entry].weight * TopicModel.rankWeights[rank]
            }
        }
        return votes
    }
}

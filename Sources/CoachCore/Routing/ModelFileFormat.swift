import Foundation

/// The shipped models are read on every start of `coach ask`, and Foundation's JSON decoder is
/// slow on large nested dictionaries. So the models keep their JSON files but store tables as
/// arrays of tab-separated lines, which decode as plain strings and split by hand.
enum ModelFileFormat {
    /// "key<TAB>a:1.5 b:0.25" for a table of weighted counts.
    static func countLines(_ table: [String: [String: Double]]) -> [String] {
        table.keys.sorted().map { key in
            let row = table[key]!.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " ")
            return key + "\t" + row
        }
    }

    static func counts(fromLines lines: [String], codingPath: [CodingKey]) throws -> [String: [String: Double]] {
        var table: [String: [String: Double]] = [:]
        table.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            guard let tab = line.firstIndex(of: "\t") else { throw corrupt(codingPath, "line \(index + 1) has no tab") }
            var row: [String: Double] = [:]
            for cell in line[line.index(after: tab)...].split(separator: " ") {
                guard let colon = cell.lastIndex(of: ":"), let value = Double(cell[cell.index(after: colon)...]) else {
                    throw corrupt(codingPath, "line \(index + 1): bad cell '\(cell)'")
                }
                row[String(cell[..<colon])] = value
            }
            table[String(line[..<tab])] = row
        }
        return table
    }

    /// "key<TAB>w0 w1 …" for a table of weight vectors.
    static func vectorLines(_ table: [String: [Double]]) -> [String] {
        table.keys.sorted().map { key in key + "\t" + table[key]!.map { "\($0)" }.joined(separator: " ") }
    }

    static func vectors(fromLines lines: [String], width: Int, codingPath: [CodingKey]) throws -> [String: [Double]] {
        var table: [String: [Double]] = [:]
        table.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            guard let tab = line.firstIndex(of: "\t") else { throw corrupt(codingPath, "line \(index + 1) has no tab") }
            let values = line[line.index(after: tab)...].split(separator: " ").compactMap { Double($0) }
            guard values.count == width else { throw corrupt(codingPath, "line \(index + 1) has \(values.count) weights, not \(width)") }
            table[String(line[..<tab])] = values
        }
        return table
    }

    /// "archetype<TAB>topic,topic<TAB>text" for labelled questions.
    static func questionLines(_ questions: [LabelledQuestion]) -> [String] {
        questions.map { "\($0.archetype.rawValue)\t\($0.topics.joined(separator: ","))\t\($0.text)" }
    }

    static func questions(fromLines lines: [String], codingPath: [CodingKey]) throws -> [LabelledQuestion] {
        try lines.enumerated().map { index, line in
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let archetype = ArchetypeID(rawValue: String(parts[0])) else {
                throw corrupt(codingPath, "question line \(index + 1) is malformed")
            }
            return LabelledQuestion(text: String(parts[2]), archetype: archetype,
                                    topics: parts[1].split(separator: ",").map(String.init))
        }
    }

    static func corrupt(_ codingPath: [CodingKey], _ message: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
    }
}

extension TopicModel {
    enum CodingKeys: String, CodingKey {
        case termCounts = "term_counts"
        case archetypeCounts = "archetype_counts"
        case questions
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let path = container.codingPath
        self.init(
            termCounts: try ModelFileFormat.counts(fromLines: container.decode([String].self, forKey: .termCounts), codingPath: path),
            archetypeCounts: try ModelFileFormat.counts(fromLines: container.decode([String].self, forKey: .archetypeCounts), codingPath: path),
            questions: try ModelFileFormat.questions(fromLines: container.decode([String].self, forKey: .questions), codingPath: path))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ModelFileFormat.countLines(termCounts), forKey: .termCounts)
        try container.encode(ModelFileFormat.countLines(archetypeCounts), forKey: .archetypeCounts)
        try container.encode(ModelFileFormat.questionLines(questions), forKey: .questions)
    }
}

extension ArchetypeModel {
    enum CodingKeys: String, CodingKey {
        case classes, weights, training
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let classes = try container.decode([ArchetypeID].self, forKey: .classes)
        self.init(classes: classes,
                  weights: try ModelFileFormat.vectors(fromLines: container.decode([String].self, forKey: .weights),
                                                       width: classes.count, codingPath: container.codingPath),
                  training: try container.decode(TrainingRecord.self, forKey: .training))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(classes, forKey: .classes)
        try container.encode(ModelFileFormat.vectorLines(weights), forKey: .weights)
        try container.encode(training, forKey: .training)
    }
}

import Foundation
import Yams

/// The questions the archetype model learns from: the pack's own router training file, the
/// archetypes' example questions, and every built-in question with its archetype. None of the
/// evaluation sets are read here.
public enum RouterTrainingSet {
    /// The first training file; every other `router/*.yaml` file holds more questions.
    public static let fileName = "router/archetype-training.yaml"
    public static let modelFileName = "router/archetype-model.json"
    public static let topicModelFileName = "router/topic-model.json"

    struct Entry: Decodable {
        var text: String
        var archetype: String
        var topics: [CatalogNumber]?
    }

    /// The training files of a pack folder, in name order so training is reproducible.
    public static func files(in packDirectory: URL) -> [String] {
        let folder = packDirectory.appendingPathComponent("router")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "router/" + $0 }
    }

    public static func load(packDirectory: URL, pack: Pack) -> (questions: [LabelledQuestion], issues: [ContentIssue]) {
        var questions: [LabelledQuestion] = []
        var issues: [ContentIssue] = []
        let files = files(in: packDirectory)
        let known = Set(pack.topics.map(\.number))
        if !files.contains(fileName) {
            var reader = YAMLReader(file: fileName)
            reader.report(.error, line: nil, "missing router training file")
            issues += reader.issues
        }
        for file in files {
            var reader = YAMLReader(file: file)
            let url = packDirectory.appendingPathComponent(file)
            if let data = FileManager.default.contents(atPath: url.path), let root = reader.parse(TextDecoding.decode(data).text) {
                for (entry, line) in reader.decodeList(Entry.self, key: "questions", from: root) {
                    guard let archetype = ArchetypeID(rawValue: entry.archetype) else {
                        reader.report(.error, line: line, "unknown archetype '\(entry.archetype)'")
                        continue
                    }
                    let topics = (entry.topics ?? []).map(\.value)
                    for topic in topics where !known.contains(topic) {
                        reader.report(.error, line: line, "unknown topic '\(topic)'")
                    }
                    questions.append(LabelledQuestion(text: entry.text, archetype: archetype, topics: topics.filter(known.contains)))
                }
            } else if reader.issues.isEmpty {
                reader.report(.error, line: nil, "cannot read the file")
            }
            issues += reader.issues
        }
        for archetype in pack.archetypes {
            questions += archetype.examples.map { LabelledQuestion(text: $0, archetype: archetype.id) }
        }
        for question in pack.questions {
            if let archetype = question.archetype {
                questions.append(LabelledQuestion(text: question.text, archetype: archetype, topics: question.topics))
            }
        }
        return (questions, issues)
    }
}

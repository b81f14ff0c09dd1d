import Foundation
import Yams

/// The questions the archetype model learns from: the pack's own router training file, the
/// archetypes' example questions, and every built-in question with its archetype. None of the
/// evaluation sets are read here.
public enum RouterTrainingSet {
    public static let fileName = "router/archetype-training.yaml"
    public static let modelFileName = "router/archetype-model.json"
    public static let topicModelFileName = "router/topic-model.json"

    struct Entry: Decodable {
        var text: String
        var archetype: String
        var topics: [CatalogNumber]?
    }

    public static func load(packDirectory: URL, pack: Pack) -> (questions: [LabelledQuestion], issues: [ContentIssue]) {
        var questions: [LabelledQuestion] = []
        var reader = YAMLReader(file: fileName)
        let url = packDirectory.appendingPathComponent(fileName)
        if let data = FileManager.default.contents(atPath: url.path), let root = reader.parse(TextDecoding.decode(data).text) {
            for (entry, line) in reader.decodeList(Entry.self, key: "questions", from: root) {
                guard let archetype = ArchetypeID(rawValue: entry.archetype) else {
                    reader.report(.error, line: line, "unknown archetype '\(entry.archetype)'")
                    continue
                }
                questions.append(LabelledQuestion(text: entry.text, archetype: archetype, topics: (entry.topics ?? []).map(\.value)))
            }
        } else if reader.issues.isEmpty {
            reader.report(.error, line: nil, "missing router training file")
        }
        for archetype in pack.archetypes {
            questions += archetype.examples.map { LabelledQuestion(text: $0, archetype: archetype.id) }
        }
        for question in pack.questions {
            if let archetype = question.archetype {
                questions.append(LabelledQuestion(text: question.text, archetype: archetype, topics: question.topics))
            }
        }
        return (questions, reader.issues)
    }
}

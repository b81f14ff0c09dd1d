/// Everything the coach knows: the built-in pack and the imported notes, merged by topic number.
/// Imported topics keep the catalog's summary and concepts and add their questions and links.
public struct ContentLibrary: Sendable {
    public let builtin: Pack
    public let imported: [Pack]
    /// Every topic, catalog and imported, ordered by number.
    public let topics: [Topic]
    public let questions: [Question]
    private let topicIndex: [String: Int]
    private let questionIndex: [String: Int]

    public init(builtin: Pack, imported: [Pack] = []) {
        self.builtin = builtin
        self.imported = imported

        var byNumber: [String: Topic] = [:]
        for topic in builtin.topics { byNumber[topic.number] = topic }
        for pack in imported {
            for topic in pack.topics {
                if var existing = byNumber[topic.number] {
                    existing.sources = NotesImporter.merged(existing.sources, topic.sources.map { "\(pack.id)/\($0)" })
                    existing.related = NotesImporter.merged(existing.related, topic.related)
                    byNumber[topic.number] = existing
                } else {
                    var added = topic
                    added.sources = topic.sources.map { "\(pack.id)/\($0)" }
                    byNumber[topic.number] = added
                }
            }
        }
        topics = byNumber.values.sorted { $0.number < $1.number }
        topicIndex = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.number, $0) })
        questions = builtin.questions + imported.flatMap(\.questions)
        questionIndex = Dictionary(questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var archetypes: [Archetype] { builtin.archetypes }
    public var moves: [Move] { builtin.moves }
    public var failureModes: [FailureMode] { builtin.failureModes }
    public var gotchas: [Gotcha] { builtin.gotchas }
    public var bridges: [Bridge] { builtin.bridges }
    public var cheatsheet: [CheatsheetArea] { builtin.cheatsheet }
    public var topicLinks: [TopicLink] { imported.flatMap(\.topicLinks) }

    /// A topic by number ("39", "5" for "05") or slug ("rag"), case-insensitive.
    public func topic(named name: String) -> Topic? {
        let key = name.trimmed().lowercased()
        if let index = topicIndex[CatalogNumber.normalize(key)] { return topics[index] }
        return topics.first { $0.slug == key }
    }

    public func question(id: String) -> Question? {
        questionIndex[id].map { questions[$0] }
    }

    public func questions(inTopic number: String) -> [Question] {
        questions.filter { $0.topics.contains(number) }
    }

    public func bridges(forTopic number: String) -> [Bridge] {
        bridges.filter { $0.links.contains { $0.topic == number } }
    }

    public func archetype(_ id: ArchetypeID) -> Archetype? {
        archetypes.first { $0.id == id }
    }
}

import Foundation

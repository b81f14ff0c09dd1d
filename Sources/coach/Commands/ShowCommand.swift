import ArgumentParser
import CoachCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one topic: summary, concepts, bridges, related topics and questions.")

    @Argument(help: "A topic number (39) or slug (rag).")
    var topic: String

    @Option(help: "How many questions to list (0 for all).")
    var questions: Int = 15

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if topic.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("name a topic by number or slug") }
        if questions < 0 { throw ValidationError("--questions must be 0 or more") }
    }

    struct Detail: Encodable {
        struct RelatedTopic: Encodable {
            var number: String
            var slug: String
            var title: String
        }

        struct BridgeUse: Encodable {
            var id: String
            var name: String
            var how: String
        }

        var number: String
        var slug: String
        var title: String
        var summary: String
        var concepts: [Concept]
        var bridges: [BridgeUse]
        var related: [RelatedTopic]
        var sources: [String]
        var questionCount: Int
        var questions: [Question]

        enum CodingKeys: String, CodingKey {
            case number, slug, title, summary, concepts, bridges, related, sources, questions
            case questionCount = "question_count"
        }
    }

    func run() throws {
        let library = try database.library()
        guard let found = library.topic(named: topic) else {
            let suggestions = library.topics.filter { $0.slug.contains(topic.lowercased()) || $0.title.lowercased().contains(topic.lowercased()) }
            let hint = suggestions.isEmpty ? "run 'coach topics' to list them" : "did you mean " + suggestions.prefix(3).map { "\($0.number) (\($0.slug))" }.joined(separator: ", ") + "?"
            throw CoachFailure.usage("no topic '\(topic)'; \(hint)")
        }
        let detail = Self.detail(for: found, in: library, limit: questions)
        switch output.format {
        case .json: try Terminal.printJSON(detail)
        case .text: Self.printText(detail)
        }
    }

    static func detail(for topic: Topic, in library: ContentLibrary, limit: Int) -> Detail {
        let all = library.questions(inTopic: topic.number)
        let bridges = library.bridges(forTopic: topic.number).map { bridge in
            Detail.BridgeUse(id: bridge.id, name: bridge.name, how: bridge.links.first { $0.topic == topic.number }?.how ?? "")
        }
        let related = topic.related.compactMap { library.topic(named: $0) }.map { Detail.RelatedTopic(number: $0.number, slug: $0.slug, title: $0.title) }
        return Detail(number: topic.number, slug: topic.slug, title: topic.title, summary: topic.summary,
                      concepts: topic.concepts, bridges: bridges, related: related, sources: topic.sources,
                      questionCount: all.count, questions: limit == 0 ? all : Array(all.prefix(limit)))
    }

    static func printText(_ detail: Detail) {
        print(Terminal.bold("\(detail.number) \(detail.title)") + Terminal.dim("  (\(detail.slug))"))
        if !detail.summary.isEmpty { print("\n" + Terminal.wrap(detail.summary)) }
        if !detail.concepts.isEmpty {
            print("\n" + Terminal.bold("Concepts"))
            for concept in detail.concepts {
                let others = concept.abbreviations + concept.synonyms
                print("  • \(concept.term)" + (others.isEmpty ? "" : Terminal.dim(" — " + others.joined(separator: ", "))))
            }
        }
        if !detail.bridges.isEmpty {
            print("\n" + Terminal.bold("Bridges"))
            for bridge in detail.bridges { print("  • \(Terminal.accent(bridge.name)): \(bridge.how)") }
        }
        if !detail.related.isEmpty {
            print("\n" + Terminal.bold("Related topics"))
            print("  " + detail.related.map { "\($0.number) \($0.title)" }.joined(separator: "\n  "))
        }
        if !detail.sources.isEmpty {
            print("\n" + Terminal.bold("Imported from") + "\n  " + detail.sources.joined(separator: "\n  "))
        }
        print("\n" + Terminal.bold("Questions") + Terminal.dim(" (\(detail.questions.count) of \(detail.questionCount))"))
        for question in detail.questions {
            let marker = question.reference == nil ? Terminal.dim(" [no reference]") : ""
            print("  • \(question.text)\(marker)")
            print(Terminal.dim("    \(question.id)"))
        }
    }
}

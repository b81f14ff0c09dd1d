import ArgumentParser
import CoachCore

enum QuestionSource: String, ExpressibleByArgument, CaseIterable {
    case builtin, imported, all
}

extension ArchetypeID: ExpressibleByArgument {}

struct QuestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "List practice questions, built-in and imported, with their references and key points.")

    @Option(help: "Only questions on this topic (number or slug).")
    var topic: String?

    @Option(help: "Only questions of this archetype: design, train, why, debug or tradeoff.")
    var archetype: ArchetypeID?

    @Option(help: "builtin, imported or all.")
    var source: QuestionSource = .all

    @Option(help: "At most this many questions (0 for all).")
    var limit: Int = 0

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let library = try database.library()
        var number: String?
        if let topic {
            guard let found = library.topic(named: topic) else { throw CoachFailure.usage("no topic '\(topic)'; run 'coach topics' to list them") }
            number = found.number
        }
        var questions = Self.filter(library.questions, topic: number, archetype: archetype, source: source)
        if limit > 0 { questions = Array(questions.prefix(limit)) }
        switch output.format {
        case .json: try Terminal.printJSON(["questions": questions])
        case .text:
            for question in questions {
                let tags = [question.archetype?.rawValue ?? "unclassified", question.topics.joined(separator: ","),
                            question.difficulty.map { "difficulty \($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
                print("\(Terminal.bold(question.text))\n  \(Terminal.dim(question.id + " · " + tags))")
            }
            print(Terminal.dim("\(questions.count) questions"))
        }
    }

    static func filter(_ questions: [Question], topic: String?, archetype: ArchetypeID?, source: QuestionSource) -> [Question] {
        questions.filter { question in
            (topic == nil || question.topics.contains(topic!))
                && (archetype == nil || question.archetype == archetype)
                && (source == .all || (source == .builtin) == (question.source.origin == .builtin))
        }
    }
}

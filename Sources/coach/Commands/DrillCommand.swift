import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// Options shared by `drill` and `review`.
struct DrillOptions: ParsableArguments {
    @Option(help: "Only questions on this topic (number or slug).")
    var topic: String?

    @Option(help: "Only questions of this archetype: design, train, why, debug or tradeoff.")
    var archetype: String?

    @Option(help: "Which questions: builtin, imported or all.")
    var source: String = "all"

    @Flag(help: "Name the archetype and topics before answering, with no scaffold shown.")
    var blind = false

    @Option(help: "Minutes per answer for the countdown (0 for none).")
    var minutes: Double = 5

    @Flag(help: "Write each answer in $EDITOR instead of at the prompt.")
    var editor = false

    @Option(help: "How many questions at most.")
    var count: Int = 10

    func validate() throws {
        if let archetype, ArchetypeID(rawValue: archetype) == nil {
            throw ValidationError("--archetype must be one of: design, train, why, debug, tradeoff")
        }
        if PracticeFilter.Source(rawValue: source) == nil { throw ValidationError("--source must be builtin, imported or all") }
        if !(0...120).contains(minutes) { throw ValidationError("--minutes must be between 0 and 120") }
        if !(1...500).contains(count) { throw ValidationError("--count must be between 1 and 500") }
    }

    func filter(library: ContentLibrary) throws -> PracticeFilter {
        var topicNumber: String?
        if let topic {
            guard let found = library.topic(named: topic) else { throw CoachFailure.usage("no topic '\(topic)' (see `coach topics`)") }
            topicNumber = found.number
        }
        return PracticeFilter(topic: topicNumber, archetype: archetype.flatMap(ArchetypeID.init(rawValue:)),
                              source: PracticeFilter.Source(rawValue: source) ?? .all)
    }
}

struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Practise: due reviews first, then new questions, each graded and scheduled.",
        discussion: """
            Each answer is saved line by line as you type, so Ctrl-C or a crash loses nothing \
            entered; `--resume` finishes an answer left unfinished. After the grade, press Enter to \
            accept the proposed rating or type 1-4 to override it. With --format json, the session \
            talks on stderr and prints a JSON summary on stdout.
            """)

    @OptionGroup var drill: DrillOptions

    @Flag(help: "Finish the answers left unfinished by an interrupted session, then stop.")
    var resume = false

    @Flag(help: "Drop the answers left unfinished by an interrupted session, then stop.")
    var discardUnfinished = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if resume && discardUnfinished { throw ValidationError("give --resume or --discard-unfinished, not both") }
    }

    func run() throws {
        try DrillRunner(drill: drill, output: output, database: database, dueOnly: false).run(resume: resume, discard: discardUnfinished)
    }
}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review only the cards that are due, most overdue first.")

    @OptionGroup var drill: DrillOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try DrillRunner(drill: drill, output: output, database: database, dueOnly: true).run(resume: false, discard: false)
    }
}

/// The loop behind `drill` and `review`.
struct DrillRunner {
    var drill: DrillOptions
    var output: OutputOptions
    var database: DatabaseOptions
    var dueOnly: Bool

    struct Summary: Encodable {
        var answers: [SessionSummary.Entry]
        var unfinished: [Int64]
    }

    func run(resume: Bool, discard: Bool) throws {
        let say = SessionOutput(jsonMode: output.format == .json)
        let session = try PracticeSession.open(database, output: say)
        let store = session.database
        let unfinished = try storeCall { try store.unfinishedAttempts() }.filter { $0.mode != .mock }
        var options = PracticeSession.Options()
        options.blind = drill.blind
        options.seconds = drill.minutes > 0 ? Int(drill.minutes * 60) : nil
        options.useEditor = drill.editor

        if discard {
            for attempt in unfinished { try storeCall { try store.discardAttempt(id: attempt.id) } }
            say.say("Discarded \(unfinished.count) unfinished answer(s).")
            try finish(session, say: say)
            return
        }

        InterruptHandler.install {
            say.say("\n" + session.summary.text(interrupted: true))
        }

        if resume {
            if unfinished.isEmpty { say.say("No unfinished answers.") }
            for attempt in unfinished {
                let question = session.library.question(id: attempt.questionID)
                    ?? Question(id: attempt.questionID, text: attempt.questionText, topics: attempt.topics,
                                source: SourceLocation(origin: .builtin, file: "unknown"))
                var resumeOptions = options
                resumeOptions.blind = false
                resumeOptions.seconds = nil
                let outcome = try session.practise(question, options: resumeOptions, initialAnswer: attempt.answerText, resuming: attempt)
                if outcome?.stop == true || session.reader.inputClosed { break }
            }
            try finish(session, say: say)
            return
        }
        if !unfinished.isEmpty {
            say.say(Terminal.warn("\(unfinished.count) answer(s) left unfinished earlier: `coach drill --resume` finishes them, `--discard-unfinished` drops them."))
        }

        let library = session.library
        let filter = try drill.filter(library: library)
        let now = Date()
        let due = try storeCall { try store.dueCards(at: now) }.map(\.questionID)
        let practised = Set(try storeCall { try store.allCards() }.map(\.questionID))
        let progress = try Self.topicProgress(store)
        let queue = PracticeQueue.next(library: library, due: due, practised: dueOnly ? Set(library.questions.map(\.id)) : practised,
                                       progress: progress, filter: filter, limit: drill.count)
        if queue.isEmpty {
            say.say(dueOnly ? "Nothing is due. `coach drill` brings new questions." : "No questions match; try fewer filters.")
        }
        let dueSet = Set(due)
        say.say(Terminal.dim("\(queue.filter { dueSet.contains($0.id) }.count) due, \(queue.filter { !dueSet.contains($0.id) }.count) new."))
        for (index, question) in queue.enumerated() {
            options.label = "Question \(index + 1) of \(queue.count)" + (dueSet.contains(question.id) ? " (review)" : " (new)")
            let outcome = try session.practise(question, options: options)
            if outcome?.stop == true || session.reader.inputClosed { break }
        }
        try finish(session, say: say)
    }

    private func finish(_ session: PracticeSession, say: SessionOutput) throws {
        say.say("\n" + session.summary.text(interrupted: false))
        if output.format == .json {
            let open = try storeCall { try session.database.unfinishedAttempts() }.map(\.id)
            try Terminal.printJSON(Summary(answers: session.summary.all, unfinished: open))
        }
    }

    static func topicProgress(_ store: CoachDatabase) throws -> [String: TopicProgress] {
        try storeCall { try store.topicProgress() }
    }
}

/// Runs a store call, turning its error into the coach's content failure (exit 1).
func storeCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let failure as CoachFailure {
        throw failure
    } catch {
        throw CoachFailure.content("\(error)")
    }
}

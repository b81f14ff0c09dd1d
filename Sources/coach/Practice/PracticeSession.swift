import CoachCore
import CoachStore
import Foundation

/// One question at a time: show it, take the answer (saved line by line), grade it, propose a
/// rating, let the user accept or override it, and schedule the card.
final class PracticeSession: @unchecked Sendable {
    let database: CoachDatabase
    let library: ContentLibrary
    let router: QuestionRouter
    let grader: AnswerGrader
    let scheduler: Scheduler
    let output: SessionOutput
    let reader: AnswerReader
    let summary = SessionSummary()

    struct Options {
        var mode: AttemptMode = .drill
        var blind = false
        var seconds: Int? = 300
        var useEditor = false
        /// Mock answers are not rated or scheduled: a mock simulates, it does not review.
        var schedule = true
        var mockID: Int64?
        var label: String?
    }

    struct Outcome {
        var attempt: AttemptRecord
        var grade: Grade
        var seconds: Double
        /// The user asked to stop after this question.
        var stop: Bool
    }

    init(database: CoachDatabase, library: ContentLibrary, router: QuestionRouter, output: SessionOutput) {
        self.database = database
        self.library = library
        self.router = router
        grader = AnswerGrader(library: library)
        // Fuzz spreads cards learnt together, as py-fsrs does by default; replay keeps it off.
        scheduler = Scheduler(parameters: (try? FSRSParameters(enableFuzzing: true)) ?? .standard)
        self.output = output
        reader = AnswerReader(output: output)
    }

    static func open(_ databaseOptions: DatabaseOptions, output: SessionOutput) throws -> PracticeSession {
        let database = try databaseOptions.open()
        let library: ContentLibrary
        do {
            library = ContentLibrary(builtin: try Builtin.pack(), imported: try database.importedPacks())
        } catch let error as StoreError {
            throw CoachFailure.content(error.description)
        }
        let router: QuestionRouter
        do {
            router = try QuestionRouter.builtin(library: library)
        } catch {
            throw CoachFailure.content("the router model is missing from the built-in pack: \(error)")
        }
        return PracticeSession(database: database, library: library, router: router, output: output)
    }

    /// Practises `question`; nil when it was skipped (an empty answer) or input ended first.
    func practise(_ question: Question, options: Options, initialAnswer: String = "", resuming attempt: AttemptRecord? = nil) throws -> Outcome? {
        let routing = try? router.route(question.text)
        output.say()
        output.say(Terminal.bold(options.label ?? "Question") + Terminal.dim("  · \(Self.describe(question.source))"))
        output.say(Terminal.wrap(question.text))
        if !options.blind {
            let archetype = question.archetype ?? routing?.archetype.id
            let topics = question.topics.compactMap { library.topic(named: $0).map { "\($0.number) \($0.title)" } }
            output.say(Terminal.dim("  \(archetype?.rawValue ?? "unclassified") · " + topics.joined(separator: ", ")))
        }

        var blindCheck: BlindCheck?
        if options.blind, let routing, attempt == nil {
            guard let check = askBlind(question: question, routing: routing) else { return nil }
            blindCheck = check
        }
        if !options.blind, let routing {
            output.say(Terminal.bold("Scaffold"))
            for step in routing.framework { output.say(Terminal.wrap("\(Terminal.accent(step.name)): \(step.prompt)", indent: "  ")) }
        }

        let started = attempt?.startedAt ?? Date()
        let record: AttemptRecord
        do {
            record = try attempt ?? database.startAttempt(
                questionID: question.id, questionText: question.text, mode: options.blind ? .blind : options.mode,
                archetype: question.archetype ?? routing?.archetype.id, topics: question.topics, answer: initialAnswer,
                mockID: options.mockID, at: started)
        } catch {
            throw CoachFailure.content("\(error)")
        }
        summary.begin(attempt: record.id, question: question.text)
        let limitText = options.seconds.map { " You have \(AnswerReader.clock(Double($0)))." } ?? ""
        output.say(Terminal.dim("Type your answer; a line with only \".\" (or Ctrl-D) ends it.\(limitText)"))
        if !initialAnswer.isEmpty { output.say(Terminal.dim("So far:\n") + Terminal.wrap(initialAnswer)) }

        var answer: String
        if options.useEditor {
            answer = try reader.readWithEditor(question: question.text, initial: initialAnswer)
            try? database.saveDraft(attemptID: record.id, text: answer)
        } else {
            var warned = false
            answer = reader.readAnswer(seconds: options.seconds, startedAt: started, initial: initialAnswer) { text in
                do {
                    try database.saveDraft(attemptID: record.id, text: text)
                } catch {
                    if !warned { output.say(Terminal.warn("Could not save the draft: \("\(error)")")) }
                    warned = true
                }
            }.text
        }
        answer = answer.trimmed()
        let ended = Date()
        guard !answer.isEmpty else {
            try? database.discardAttempt(id: record.id)
            summary.end()
            output.say(Terminal.dim("Skipped."))
            return nil
        }

        let prompt = AnswerGrader.Prompt(question: question, router: router)
        let grade: Grade
        do {
            grade = try grader.grade(answer: answer, for: prompt)
        } catch {
            // The answer stays saved as in progress: nothing typed is lost.
            throw CoachFailure.content("\(error); your answer is kept as attempt \(record.id)")
        }
        let seconds = ended.timeIntervalSince(started)
        let proposal = RatingProposal.propose(for: grade, seconds: seconds, limit: options.seconds.map(Double.init))
        let blindData = try blindCheck.map { try JSONEncoder().encode($0) }
        let finished: AttemptRecord
        do {
            finished = try database.finishAttempt(id: record.id, answer: answer, endedAt: ended, grade: grade,
                                                  proposedRating: options.schedule ? proposal.rating : nil, blindResult: blindData,
                                                  durationSeconds: seconds)
        } catch {
            throw CoachFailure.content(error.description)
        }
        summary.end()

        output.say()
        output.say(GradePrinter.text(grade, question: question.text, answer: answer))
        if let reference = question.reference {
            output.say("\n" + Terminal.bold("Reference answer"))
            output.say(Terminal.wrap(reference))
        }
        output.say(Terminal.dim("\nTook \(AnswerReader.clock(seconds))" + (options.seconds.map { " of \(AnswerReader.clock(Double($0)))" } ?? "")))

        var stop = false
        var accepted: Rating?
        var nextDue: Date?
        if options.schedule {
            (accepted, stop) = askRating(proposal)
            if let accepted {
                nextDue = try schedule(question.id, attemptID: finished.id, rating: accepted, at: ended)
                if let nextDue { output.say(Terminal.dim("Next review: \(Self.describeDue(nextDue, from: ended))")) }
            }
        }
        summary.add(.init(questionID: question.id, attemptID: finished.id, overall: grade.scores.overall, proposed: proposal.rating,
                          accepted: accepted, blindScore: blindCheck?.score, seconds: seconds, nextDue: nextDue))
        return Outcome(attempt: finished, grade: grade, seconds: seconds, stop: stop)
    }

    /// Reviews the card and stores the review; returns when it is next due.
    func schedule(_ questionID: String, attemptID: Int64?, rating: Rating, at date: Date) throws -> Date {
        do {
            return try database.review(questionID: questionID, attemptID: attemptID, rating: rating, at: date, scheduler: scheduler).due
        } catch {
            throw CoachFailure.content("\(error)")
        }
    }

    /// Enter accepts the proposal; 1–4 or a name overrides it; q accepts and stops.
    func askRating(_ proposal: RatingProposal) -> (Rating?, stop: Bool) {
        output.say(Terminal.bold("Proposed rating: \(proposal.rating.name)") + Terminal.dim(" (\(proposal.reason))"))
        while true {
            guard let line = reader.readLine(prompt: "Enter to accept, or 1 Again · 2 Hard · 3 Good · 4 Easy; q to stop after this: ") else {
                return (proposal.rating, true)
            }
            let choice = line.trimmed().lowercased()
            if choice.isEmpty { return (proposal.rating, false) }
            if choice == "q" || choice == "quit" { return (proposal.rating, true) }
            if let rating = Self.parseRating(choice) { return (rating, false) }
            output.say(Terminal.warn("Type 1–4, a rating's name, or press Enter."))
        }
    }

    static func parseRating(_ text: String) -> Rating? {
        if let number = Int(text), let rating = Rating(rawValue: number) { return rating }
        return Rating.allCases.first { $0.name.lowercased() == text || String($0.name.lowercased().prefix(1)) == text }
    }

    /// Before answering a blind drill: name the archetype and the topics.
    func askBlind(question: Question, routing: Routing) -> BlindCheck? {
        output.say(Terminal.dim("Blind drill: name the archetype and the 4–5 topics before you answer."))
        var archetype: ArchetypeID?
        while archetype == nil {
            guard let line = reader.readLine(prompt: "Archetype (design, train, why, debug, tradeoff): ") else { return nil }
            archetype = ArchetypeID(rawValue: line.trimmed().lowercased())
            if archetype == nil { output.say(Terminal.warn("One of: design, train, why, debug, tradeoff.")) }
        }
        var topics: [String] = []
        while topics.isEmpty {
            guard let line = reader.readLine(prompt: "Topics (numbers or slugs, separated by commas): ") else { return nil }
            var unknown: [String] = []
            for name in line.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init).filter({ !$0.isEmpty }).prefix(10) {
                if let topic = library.topic(named: name) { topics.append(topic.number) } else { unknown.append(name) }
            }
            if !unknown.isEmpty { output.say(Terminal.warn("Not in the catalog: \(unknown.joined(separator: ", ")) (see `coach topics`).")) }
        }
        let check = BlindCheck.score(namedArchetype: archetype, namedTopics: topics, question: question, routing: routing)
        let title = { (number: String) in self.library.topic(named: number).map { "\($0.number) \($0.slug)" } ?? number }
        output.say(check.archetypeCorrect ? Terminal.good("✓ archetype \(check.expectedArchetype.rawValue)")
            : Terminal.bad("✗ archetype: it is \(check.expectedArchetype.rawValue), not \(archetype?.rawValue ?? "?")"))
        output.say("  topics found: " + (check.foundTopics.isEmpty ? "none" : check.foundTopics.map(title).joined(separator: ", ")))
        if !check.missedTopics.isEmpty { output.say("  " + Terminal.warn("missed: ") + check.missedTopics.map(title).joined(separator: ", ")) }
        if !check.unexpectedTopics.isEmpty {
            output.say("  " + Terminal.dim("not expected: ") + check.unexpectedTopics.map(title).joined(separator: ", "))
        }
        output.say(Terminal.bold("  Blind score \(check.score)/100"))
        return check
    }

    static func describe(_ source: SourceLocation) -> String {
        source.origin == .builtin ? "built-in" : "\(source.file)" + (source.line.map { ":\($0)" } ?? "")
    }

    static func describeDue(_ due: Date, from now: Date) -> String {
        let minutes = due.timeIntervalSince(now) / 60
        if minutes < 60 { return "in \(Int(minutes.rounded())) min" }
        if minutes < 60 * 24 { return "in \(Int((minutes / 60).rounded())) h" }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        return "in \(Int((minutes / 1440).rounded())) days (\(formatter.string(from: due)))"
    }
}

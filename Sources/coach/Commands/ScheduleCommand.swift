import ArgumentParser
import CoachCore
import Foundation

struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Look inside the FSRS-6 scheduler.",
        subcommands: [ScheduleReplayCommand.self])
}

extension ReviewReplay.Format: ExpressibleByArgument {}

struct ScheduleReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a review log through the FSRS-6 scheduler and show each card's memory state after every review.",
        discussion: """
            Reads JSON Lines {"card": "<id>", "rating": 1-4, "at": "<ISO-8601 with a time zone>"} \
            (1 again, 2 hard, 3 good, 4 easy); each card starts new at its first review, and a \
            card's reviews must be in time order. Prints one line a review: {"card", "rating", "at", \
            "state", "step", "stability", "difficulty", "retrievability", "due"}, where \
            retrievability is the chance of recall at the review, before it (0 for a first review), \
            and dates are UTC. Durations for the steps: 30s, 10m, 1h, 1d, comma-separated, or none.
            """)

    @Argument(help: "The review log (JSON Lines), or - for standard input.", completion: .file())
    var file: String

    @Option(help: "The chance of recall at which a card falls due (default: 0.9).")
    var desiredRetention: Double?

    @Option(help: ArgumentHelp("Waits between the learning steps of a new card (default: 1m,10m).", valueName: "durations"))
    var learningSteps: String?

    @Option(help: ArgumentHelp("Waits between the relearning steps after a lapse (default: 10m).", valueName: "durations"))
    var relearningSteps: String?

    @Option(help: ArgumentHelp("The longest interval, in days (default: 36500).", valueName: "days"))
    var maximumInterval: Int?

    @Option(help: ArgumentHelp("The 21 FSRS-6 weights, comma-separated (default: FSRS-6's).", valueName: "w0,...,w20"))
    var parameters: String?

    @Flag(help: "Spread intervals of three days or more by a few days at random, as py-fsrs does by default.")
    var fuzz = false

    @Option(help: "Seed the fuzz, for a schedule that repeats from run to run.")
    var seed: UInt64?

    @Option(help: "Output format: json (JSON Lines) or text.")
    var format: ReviewReplay.Format = .json

    func validate() throws {
        if seed != nil && !fuzz { throw ValidationError("--seed only matters with --fuzz") }
        _ = try schedulerParameters()
    }

    func run() throws {
        let scheduler = Scheduler(parameters: try schedulerParameters())
        var replay = ReviewReplay(scheduler: scheduler, format: format,
                                  random: SeededRandomSource(seed: seed ?? UInt64.random(in: .min ... .max)))
        if file == "-" {
            try replay.run(fileDescriptor: STDIN_FILENO, name: "standard input")
            return
        }
        let descriptor = open(file, O_RDONLY)
        guard descriptor >= 0 else {
            throw CoachFailure.usage(errno == ENOENT ? "\(file): no such file" : "\(file): cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        try replay.run(fileDescriptor: descriptor, name: file)
    }

    /// The options as scheduler parameters; each option left out keeps FSRS-6's default.
    func schedulerParameters() throws(ValidationError) -> FSRSParameters {
        let standard = FSRSParameters.standard
        let weights = try parameters.map { text throws(ValidationError) in
            try text.split(separator: ",").map { item throws(ValidationError) in
                guard let weight = Double(item.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--parameters: '\(item)' is not a number")
                }
                return weight
            }
        }
        let learning = try learningSteps.map { text throws(ValidationError) in try Self.durations(text, option: "--learning-steps") }
        let relearning = try relearningSteps.map { text throws(ValidationError) in try Self.durations(text, option: "--relearning-steps") }
        do throws(FSRSParameterError) {
            return try FSRSParameters(
                weights: weights ?? standard.weights,
                desiredRetention: desiredRetention ?? standard.desiredRetention,
                learningSteps: learning ?? standard.learningSteps,
                relearningSteps: relearning ?? standard.relearningSteps,
                maximumInterval: maximumInterval ?? standard.maximumInterval,
                enableFuzzing: fuzz)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// `1m,10m`, `60s,600s`, `1h`, `1d` or `none`, in seconds.
    static func durations(_ text: String, option: String) throws(ValidationError) -> [TimeInterval] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "none" || trimmed.isEmpty { return [] }
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        return try trimmed.split(separator: ",", omittingEmptySubsequences: false).map { item throws(ValidationError) in
            let token = item.trimmingCharacters(in: .whitespaces)
            guard let unit = token.last.flatMap({ units[$0] }), let amount = Double(token.dropLast()), amount > 0, amount.isFinite else {
                throw ValidationError("\(option): '\(token)' is not a duration; write e.g. 30s, 10m, 1h or 1d, comma-separated, or none")
            }
            return amount * unit
        }
    }
}

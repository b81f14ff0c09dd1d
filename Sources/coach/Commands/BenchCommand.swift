import ArgumentParser
import CoachCore
import Foundation

/// In-process timings of the paths that matter, for `scripts/bench.sh` and for anyone checking
/// a change: each case runs several times and reports the median and the spread.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time grading, routing, loading, importing and scheduling in this process (use a release build).",
        discussion: """
            Peers (rank-bm25, py-fsrs, a word-overlap grader) run beside these in scripts/bench.sh; \
            this command measures only the coach.
            """)

    @Option(help: "Runs per case; the median and the range are reported.")
    var runs: Int = 7

    @Option(help: "A notes repository to time importing (default: ../shared/corpus/ml_and_llm_learning when present).",
            completion: .directory)
    var corpus: String?

    @Option(help: "Reviews to replay through the scheduler.")
    var reviews: Int = 1_000_000

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if !(1...100).contains(runs) { throw ValidationError("--runs must be between 1 and 100") }
        if !(1_000...10_000_000).contains(reviews) { throw ValidationError("--reviews must be between 1,000 and 10,000,000") }
    }

    struct Case: Encodable {
        var name: String
        /// Per item, in milliseconds.
        var median: Double
        var minimum: Double
        var maximum: Double
        var items: Int
    }

    func run() throws {
        var cases: [Case] = []
        func measure(_ name: String, items: Int = 1, _ body: () throws -> Void) rethrows {
            var times: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(items))
            }
            times.sort()
            cases.append(Case(name: name, median: times[times.count / 2], minimum: times[0], maximum: times[times.count - 1], items: items))
            if output.format == .text { print(Self.line(cases[cases.count - 1])) }
        }

        if output.format == .text { print(Terminal.bold("case".padding(toLength: 44, withPad: " ", startingAt: 0) + "median ms   (min–max)")) }
        try measure("load the built-in pack from YAML") { _ = PackLoader.loadBuiltin() }
        let pack = PackLoader.loadBuiltin().pack
        let cached = try JSONEncoder().encode(pack)
        try measure("load the built-in pack from its cache") { _ = try JSONDecoder().decode(Pack.self, from: cached) }
        let library = ContentLibrary(builtin: pack)
        try measure("build the router (models and indexes)") { _ = try QuestionRouter.builtin(library: library) }
        let router = try QuestionRouter.builtin(library: library)
        let grader = AnswerGrader(library: library)

        var generator = SeededRandomSource(seed: 7)
        for words in [100, 700, 10_000] {
            let answer = Self.answer(words: words, using: &generator)
            let prompt = AnswerGrader.Prompt(question: "Design a fraud detector for card payments.", archetype: .design, scope: .open,
                                             keyPoints: KeyPointExtractor.keyPoints(fromReference: Self.reference))
            let count = max(1, 2_000 / words)
            try measure("grade a \(words)-word answer", items: count) {
                for _ in 0..<count { _ = try grader.grade(answer: answer, for: prompt) }
            }
        }
        try measure("route one question") { _ = try router.route("Why does attention scale quadratically with sequence length?") }
        let questions = Self.questions(10_000)
        try measure("route a batch of 10,000 (per question)", items: questions.count) {
            for question in questions { _ = try router.route(question).jsonBytes() }
        }
        let corpusPath = corpus ?? "../shared/corpus/ml_and_llm_learning"
        if FileManager.default.fileExists(atPath: corpusPath) {
            try measure("import the notes repository") { _ = try NotesImporter(catalog: pack.topics).importDirectory(at: corpusPath) }
        }
        let log = Self.reviewLog(reviews, using: &generator)
        let scheduler = Scheduler()
        try measure("replay \(reviews) reviews (per review)", items: reviews) {
            var cards = Array(repeating: SchedulingCard?.none, count: 10_000)
            for (card, rating, at) in log {
                let (next, _) = scheduler.review(card: cards[card] ?? SchedulingCard(due: at), rating: rating, at: at)
                cards[card] = next
            }
        }
        if output.format == .json { try Terminal.printJSON(cases) }
    }

    static func line(_ item: Case) -> String {
        item.name.padding(toLength: 44, withPad: " ", startingAt: 0)
            + String(format: "%9.4f   (%.4f–%.4f)", item.median, item.minimum, item.maximum)
    }

    static let reference = "Cost asymmetry drives the threshold. Start with gradient boosted trees as a baseline. Monitor drift and retrain weekly."

    static let sentences = [
        "The goal is to cut fraud losses without blocking honest customers, because false declines cost sales.",
        "I'd start with a gradient boosted tree on transaction features as a baseline, since it is fast and strong on tabular data.",
        "The constraint is latency: the decision must come back within about one hundred milliseconds at peak.",
        "One risk is drift as fraudsters adapt, so I'd monitor the score distribution and retrain every week.",
        "Then I'd add graph features on shared devices and cards, which catch rings that single transactions hide.",
        "Labels arrive late through chargebacks, so evaluation has to use a matured window to avoid optimistic metrics.",
    ]

    static func answer(words: Int, using generator: inout SeededRandomSource) -> String {
        var parts: [String] = []
        var count = 0
        while count < words {
            let sentence = sentences[Int(generator.next(upperBound: UInt64(sentences.count)))]
            parts.append(sentence)
            count += sentence.split(separator: " ").count
        }
        return parts.joined(separator: " ")
    }

    static func questions(_ count: Int) -> [String] {
        let subjects = ["attention", "KV cache", "RAG chunking", "A/B test power", "LoRA rank", "loss spikes", "tokenizer", "calibration"]
        let forms = ["Why does %@ matter?", "Design a system around %@ for a large product.", "Our metric dropped after changing %@. Investigate.",
                     "%@ or a simpler alternative: which and when?", "Walk me through training with %@."]
        return (0..<count).map { index in
            forms[index % forms.count].replacingOccurrences(of: "%@", with: subjects[(index / forms.count) % subjects.count])
        }
    }

    /// Cards reviewed in turn, each review a few hours to a few weeks after the last.
    static func reviewLog(_ count: Int, using generator: inout SeededRandomSource) -> [(Int, Rating, Date)] {
        var last = Array(repeating: Date(timeIntervalSince1970: 1_750_000_000), count: 10_000)
        return (0..<count).map { index in
            let card = index % 10_000
            last[card] = last[card].addingTimeInterval(Double(3_600 + Int(generator.next(upperBound: UInt64(30 * 86_400)))))
            let rating = Rating(rawValue: 1 + Int(generator.next(upperBound: UInt64(4)))) ?? .good
            return (card, rating, last[card])
        }
    }
}

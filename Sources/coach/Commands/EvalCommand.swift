import ArgumentParser
import CoachCore
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the coach against a labelled evaluation file.",
        subcommands: [EvalRouterCommand.self, EvalGraderCommand.self, EvalRouterCVCommand.self])
}

struct EvalRouterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "router",
        abstract: "Archetype accuracy, confusion matrix and topic recall@k on a labelled JSON Lines file.",
        discussion: """
            Each line: {"text", "archetype", "topics": ["39", ...], "ambiguous"?: bool, "alt_archetype"?}. \
            Accuracy on items not marked ambiguous is the headline figure.
            """)

    @Argument(help: "The labelled file (JSON Lines).", completion: .file())
    var file: String

    @Option(help: "Recall is measured in the top K topics.")
    var k: Int = 5

    @Flag(help: "List every misclassified question.")
    var showMisses = false

    @Option(help: ArgumentHelp("Try another topic mix: lexical,model,neighbours[,companions[,prior[,temperature]]].",
                               discussion: "For experiments; choose the shipped mix with `coach eval router-cv`, not on an evaluation set."))
    var mix: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if k < 1 { throw ValidationError("-k must be at least 1") }
        if let mix, TopicIndex.Mix(parsing: mix) == nil {
            throw ValidationError("--mix takes 3 to 6 non-negative numbers separated by commas")
        }
    }

    func run() throws {
        var router = try AskCommand.makeRouter(database)
        if let mix, let parsed = TopicIndex.Mix(parsing: mix) { router.mix = parsed }
        let items = try Self.readItems(file)
        let evaluation = RouterEvaluation.run(router, on: items, k: k)
        switch output.format {
        case .json: try Terminal.printJSON(evaluation)
        case .text: printText(evaluation)
        }
    }

    static func readItems(_ path: String) throws -> [RouterEvaluation.Item] {
        let text = try BatchInput.read(path, limit: 64 * 1024 * 1024)
        let decoder = JSONDecoder()
        var items: [RouterEvaluation.Item] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            do {
                items.append(try decoder.decode(RouterEvaluation.Item.self, from: Data(line.utf8)))
            } catch let error as DecodingError {
                throw CoachFailure.content("\(path):\(index + 1): \(Self.describe(error))")
            }
        }
        guard !items.isEmpty else { throw CoachFailure.content("\(path): no labelled questions") }
        return items
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, _): "missing field '\(key.stringValue)'"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        case let .dataCorrupted(context):
            context.codingPath.isEmpty ? "not valid JSON" : "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
        @unknown default: "\(error)"
        }
    }

    private func printText(_ evaluation: RouterEvaluation) {
        print(Terminal.bold("Router evaluation") + Terminal.dim(" — \(file), \(evaluation.items) questions (\(evaluation.clearItems) not ambiguous)"))
        print("  archetype accuracy, unambiguous items: \(fmt(evaluation.clearAccuracy))")
        print("  archetype accuracy, all items:         \(fmt(evaluation.accuracy))  (lenient: \(fmt(evaluation.lenientAccuracy)))")
        print("  macro accuracy over archetypes:        \(fmt(evaluation.macroAccuracy))")
        print("  topic recall@\(evaluation.k):                      \(fmt(evaluation.topicRecall))  (first topic: \(fmt(evaluation.primaryTopicRecall)))")
        print("\n" + Terminal.bold("Per archetype"))
        for row in evaluation.perArchetype { print("  \(row.archetype.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(fmt(row.accuracy))  (n=\(row.count))") }
        print("\n" + Terminal.bold("Confusion (rows gold, columns predicted)"))
        let names = ArchetypeID.allCases.map { $0.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) }
        print("            " + names.joined())
        for (index, row) in evaluation.confusion.enumerated() {
            print("  " + names[index] + " " + row.map { String($0).leftPadded(to: 5).padding(toLength: 9, withPad: " ", startingAt: 0) }.joined())
        }
        if showMisses {
            print("\n" + Terminal.bold("Misses"))
            for miss in evaluation.misses { print("  " + miss) }
        }
    }

    private func fmt(_ value: Double) -> String { String(format: "%.3f", value) }
}

struct EvalRouterCVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "router-cv",
        abstract: "Cross-validate topic routing on the pack's own labelled questions, for tuning.")

    @Option(help: "The pack folder to read (default: Sources/CoachCore/Pack of this checkout).", completion: .directory)
    var pack: String = "Sources/CoachCore/Pack"

    @Option(help: "Number of folds.")
    var folds: Int = 5

    @OptionGroup var output: OutputOptions

    func run() throws {
        let directory = URL(fileURLWithPath: pack)
        let loaded = PackLoader().load(directory: directory, id: "builtin", name: "Built-in pack")
        let (questions, _) = RouterTrainingSet.load(packDirectory: directory, pack: loaded.pack)
        var mixes: [TopicIndex.Mix] = []
        for lexical in stride(from: 1, through: 6, by: 1) {
            for model in stride(from: 1, through: 9 - lexical, by: 1) {
                for companions in [0.0, 0.25, 0.5, 0.75] {
                    for prior in [0.0, 0.1, 0.2] {
                        for temperature in [1.0, 2.0, 4.0, 8.0] {
                            mixes.append(TopicIndex.Mix(lexical: Double(lexical) / 10, model: Double(model) / 10,
                                                        neighbours: Double(10 - lexical - model) / 10, companions: companions,
                                                        prior: prior, temperature: temperature))
                        }
                    }
                }
            }
        }
        let results = RouterCrossValidation.run(library: ContentLibrary(builtin: loaded.pack), questions: questions,
                                                folds: folds, mixes: mixes).sorted { $0.recall > $1.recall }
        switch output.format {
        case .json: try Terminal.printJSON(results)
        case .text:
            print("lexical  model  neighbours  companions  prior  temperature   recall@5   first-topic recall@5   (\(questions.count) questions, \(folds) folds)")
            for result in results.prefix(15) {
                print(String(format: "  %.1f     %.1f      %.1f         %.2f       %.1f      %.1f         %.3f        %.3f", result.mix.lexical,
                             result.mix.model, result.mix.neighbours, result.mix.companions, result.mix.prior, result.mix.temperature,
                             result.recall, result.primaryRecall))
            }
        }
    }
}

struct EvalGraderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grader",
        abstract: "Coverage ordering, or move and failure-mode F1, on a labelled JSON Lines file.",
        discussion: """
            Coverage files: {"question", "reference"?, "key_points"?, "answers": {"full", "partial", \
            "offtopic", "salad", "nonanswer"}}. Structure files: {"question", "archetype"?, "answer", \
            "moves": {id: bool}, "failure_modes": {id: bool}}. The kind is read from each line.
            """)

    @Argument(help: "The labelled file (JSON Lines).", completion: .file())
    var file: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let library = try database.library()
        let router = try AskCommand.makeRouter(database)
        let grader = AnswerGrader(library: library)
        let text = try BatchInput.read(file, limit: 64 * 1024 * 1024)
        let decoder = JSONDecoder()
        var coverageItems: [GraderEvaluation.CoverageItem] = []
        var structureItems: [GraderEvaluation.StructureItem] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmed().isEmpty {
            do {
                if line.contains("\"answers\"") {
                    coverageItems.append(try decoder.decode(GraderEvaluation.CoverageItem.self, from: Data(line.utf8)))
                } else {
                    structureItems.append(try decoder.decode(GraderEvaluation.StructureItem.self, from: Data(line.utf8)))
                }
            } catch let error as DecodingError {
                throw CoachFailure.content("\(file):\(index + 1): \(EvalRouterCommand.describe(error))")
            }
        }
        let prompt: GraderEvaluation.Prompter = { question, reference, keyPoints, archetype in
            let guessed = archetype ?? router.classify(question).ranked[0].0
            var points = (keyPoints ?? []).map { KeyPoint(text: $0) }
            if points.isEmpty, let reference { points = KeyPointExtractor.keyPoints(fromReference: reference) }
            let scope: Grade.Scope = archetype != nil ? .open : AnswerGrader.scope(question: question, archetype: guessed, reference: reference)
            return AnswerGrader.Prompt(question: question, archetype: guessed, scope: scope, keyPoints: points)
        }
        var evaluation = GraderEvaluation()
        do {
            if !coverageItems.isEmpty { evaluation.coverage = try GraderEvaluation.coverage(coverageItems, grader: grader, prompt: prompt) }
            if !structureItems.isEmpty { evaluation.structure = try GraderEvaluation.structure(structureItems, grader: grader, prompt: prompt) }
        } catch {
            throw CoachFailure.content("\(error)")
        }
        switch output.format {
        case .json: try Terminal.printJSON(evaluation)
        case .text: printText(evaluation)
        }
    }

    private func printText(_ evaluation: GraderEvaluation) {
        if let coverage = evaluation.coverage {
            print(Terminal.bold("Coverage") + Terminal.dim(" — \(coverage.items) questions"))
            print("  pairs ordered full > partial > other: \(String(format: "%.3f", coverage.pairOrdering))")
            for kind in ["full", "partial", "offtopic", "salad", "nonanswer"] where coverage.meanCoverage[kind] != nil {
                print("  \(kind.padding(toLength: 10, withPad: " ", startingAt: 0)) coverage \(coverage.meanCoverage[kind]!)  overall \(coverage.meanOverall[kind]!)")
            }
        }
        if let structure = evaluation.structure {
            print(Terminal.bold("Structure") + Terminal.dim(" — \(structure.items) answers"))
            print("  moves macro-F1 \(structure.movesMacroF1), failure modes macro-F1 \(structure.failureModesMacroF1)")
            for score in structure.moves + structure.failureModes {
                print("  \(score.label.padding(toLength: 26, withPad: " ", startingAt: 0)) P \(String(format: "%.2f", score.precision))  R \(String(format: "%.2f", score.recall))  F1 \(String(format: "%.2f", score.f1))  (n=\(score.support))")
            }
        }
    }
}

import ArgumentParser
import CoachCore
import Foundation

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Rebuild a model that ships in the pack from its training data.",
        subcommands: [TrainRouterCommand.self])
}

struct TrainRouterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "router",
        abstract: "Retrain the archetype model from the pack's training questions.",
        discussion: """
            Reads Sources/CoachCore/Pack/router/archetype-training.yaml, the archetypes' examples and \
            the built-in questions, and writes router/archetype-model.json. Training is deterministic: \
            the same pack always gives the same model.
            """)

    @Option(help: "The pack folder to read and write (default: Sources/CoachCore/Pack of this checkout).", completion: .directory)
    var pack: String = "Sources/CoachCore/Pack"

    @OptionGroup var output: OutputOptions

    func run() throws {
        let directory = URL(fileURLWithPath: pack)
        let loaded = PackLoader().load(directory: directory, id: "builtin", name: "Built-in pack")
        if let error = loaded.errors.first { throw CoachFailure.content("the pack has errors; fix them first: \(error)") }
        let (questions, issues) = RouterTrainingSet.load(packDirectory: directory, pack: loaded.pack)
        if let issue = issues.first { throw CoachFailure.content(issue.description) }
        let model = ArchetypeTrainer(features: ArchetypeFeatures(archetypes: loaded.pack.archetypes)).train(questions)
        let destination = directory.appendingPathComponent(RouterTrainingSet.modelFileName)
        try model.encoded().write(to: destination, options: .atomic)
        let topicModel = TopicModel.train(on: questions, topics: loaded.pack.topics)
        try topicModel.encoded().write(to: directory.appendingPathComponent(RouterTrainingSet.topicModelFileName), options: .atomic)
        switch output.format {
        case .json: try Terminal.printJSON(model.training)
        case .text:
            print("Trained on \(model.training.examples) questions, \(model.weights.count) features; training accuracy \(model.training.trainingAccuracy).")
            print("Topic model: \(topicModel.termCounts.count) terms over \(loaded.pack.topics.count) topics.")
            print("Wrote \(destination.path) and \(RouterTrainingSet.topicModelFileName)")
        }
    }
}

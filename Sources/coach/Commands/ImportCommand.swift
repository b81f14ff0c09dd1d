import ArgumentParser
import CoachCore
import CoachStore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a deep-dive notes repository (NN_topic folders with grill files).",
        discussion: """
            Grill questions become practice questions with their answers as references. The import \
            is remembered in the database; importing the same directory again updates it. Problems \
            in the notes are listed with file:line and the rest still imports (exit code 1 when some \
            content could not be read).
            """)

    @Argument(help: "The notes repository directory.", completion: .directory)
    var directory: String

    @Flag(help: "Read and report without saving.")
    var dryRun = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let catalog = try Builtin.pack().topics
        let result: ImportResult
        do {
            result = try NotesImporter(catalog: catalog).importDirectory(at: directory)
        } catch {
            throw CoachFailure.usage(error.description)
        }
        if !dryRun {
            do {
                try database.open().saveImport(result)
            } catch let failure as CoachFailure {
                throw failure
            } catch {
                throw CoachFailure.content("the import was read but could not be saved: \(error)")
            }
        }
        switch output.format {
        case .json: try Terminal.printJSON(result.summary)
        case .text: Self.printText(result.summary, saved: !dryRun, databasePath: database.resolvedPath)
        }
        if result.summary.errorCount > 0 {
            throw CoachFailure(message: "\(result.summary.errorCount) content error(s); everything else was imported", exitCode: CoachFailure.contentExitCode)
        }
    }

    static func printText(_ summary: ImportSummary, saved: Bool, databasePath: String) {
        print(Terminal.bold("Imported \(summary.source)") + Terminal.dim("  as pack '\(summary.packID)'"))
        print("  \(summary.topics.count) topics, \(summary.files) Markdown files, \(summary.questions) questions "
            + "(\(summary.withReference) with reference answers, \(summary.withoutReference) without), \(summary.links.count) topic links")
        print("")
        for topic in summary.topics where topic.questions > 0 || !topic.inCatalog {
            let marker = topic.inCatalog ? "" : Terminal.warn(" (new topic)")
            let questions = topic.questions > 0 ? "\(topic.questions) questions, \(topic.withReference) with answers" : "no grill questions"
            print("  \(Terminal.accent(topic.number)) \(topic.title.padding(toLength: 52, withPad: " ", startingAt: 0)) \(questions)\(marker)")
        }
        let quiet = summary.topics.filter { $0.questions == 0 && $0.inCatalog }
        if !quiet.isEmpty {
            print(Terminal.dim("  \(quiet.count) more topics with notes but no grill questions: " + quiet.map(\.number).joined(separator: ", ")))
        }
        if !summary.warnings.isEmpty {
            print("\n" + Terminal.bold("\(summary.warnings.count) warnings"))
            for issue in summary.warnings { print("  " + Terminal.describe(issue)) }
        }
        print("")
        print(saved ? Terminal.dim("Saved to \(databasePath). 'coach topics' and 'coach show TOPIC' now include it.")
                    : Terminal.dim("Dry run: nothing was saved."))
    }
}

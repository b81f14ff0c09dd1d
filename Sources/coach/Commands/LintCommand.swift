import ArgumentParser
import CoachCore
import Foundation

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a pack folder or a notes repository and list its problems, without importing.",
        discussion: "Exit code 0 when there are no errors (warnings allowed), 1 when there are errors.")

    @Argument(help: "A pack folder (YAML files as in docs/PACK_FORMAT.md) or a notes repository. Default: the built-in pack.", completion: .directory)
    var directory: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @OptionGroup var output: OutputOptions

    struct Report: Encodable {
        var path: String
        var kind: String
        var topics: Int
        var questions: Int
        var errors: Int
        var warnings: Int
        var issues: [ContentIssue]
    }

    func run() throws {
        let report = try Self.lint(directory)
        switch output.format {
        case .json:
            try Terminal.printJSON(report)
        case .text:
            for issue in report.issues { print(Terminal.describe(issue)) }
            let verdict = report.errors == 0 ? Terminal.good("ok") : Terminal.bad("problems found")
            print("\(report.path) (\(report.kind)): \(report.topics) topics, \(report.questions) questions, "
                + "\(report.errors) errors, \(report.warnings) warnings — \(verdict)")
        }
        if report.errors > 0 || (strict && report.warnings > 0) {
            throw CoachFailure(message: "\(report.errors) error(s), \(report.warnings) warning(s)", exitCode: CoachFailure.contentExitCode)
        }
    }

    static func lint(_ directory: String?) throws -> Report {
        guard let directory else {
            let result = PackLoader.loadBuiltin()
            return report(path: "built-in pack", kind: "pack", pack: result.pack, issues: result.issues)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw CoachFailure.usage("\(directory): no such directory")
        }
        guard isDirectory.boolValue else {
            throw CoachFailure.usage("\(directory): is a file; lint takes a pack folder or a notes repository folder")
        }
        let url = URL(fileURLWithPath: directory)
        if PackLoader.isPack(url) {
            let catalog = PackLoader.loadBuiltin().pack.topics
            let result = PackLoader().load(directory: url, id: NotesImporter.packID(for: url), name: url.lastPathComponent, catalog: catalog)
            return report(path: directory, kind: "pack", pack: result.pack, issues: result.issues)
        }
        do {
            let result = try NotesImporter(catalog: PackLoader.loadBuiltin().pack.topics).importDirectory(at: directory)
            return report(path: directory, kind: "notes repository", pack: result.pack, issues: result.summary.warnings)
        } catch {
            throw CoachFailure.usage(error.description)
        }
    }

    static func report(path: String, kind: String, pack: Pack, issues: [ContentIssue]) -> Report {
        Report(path: path, kind: kind, topics: pack.topics.count, questions: pack.questions.count,
               errors: issues.filter { $0.severity == .error }.count,
               warnings: issues.filter { $0.severity == .warning }.count, issues: issues)
    }
}

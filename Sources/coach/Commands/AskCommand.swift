import ArgumentParser
import CoachCore
import Foundation

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Say what kind of question this is, which topics it spans, and how to structure the answer.",
        discussion: """
            With --batch FILE, reads one question a line (plain text or {"text": ...}) and prints \
            JSON Lines, one object a line in input order; blank lines are skipped and a line that \
            cannot be routed prints {"line": N, "error": ...}.
            """)

    @Argument(help: "The interview question (quote it, or pass it as several words).")
    var question: [String] = []

    @Option(help: "A file of questions, one a line.", completion: .file())
    var batch: String?

    @Option(help: "How many topics to list (at least 5).")
    var top: Int = 5

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    static let maximumBatchBytes = 64 * 1024 * 1024

    func validate() throws {
        if batch == nil && question.isEmpty { throw ValidationError("give a question, or --batch FILE") }
        if batch != nil && !question.isEmpty { throw ValidationError("give either a question or --batch FILE, not both") }
        if !(1...66).contains(top) && top < 67 { throw ValidationError("--top must be between 1 and the number of topics") }
    }

    func run() throws {
        let router = try Self.makeRouter(database)
        if let batch {
            try runBatch(batch, router: router)
            return
        }
        let routing: Routing
        do {
            routing = try router.route(question.joined(separator: " "), top: top)
        } catch {
            throw CoachFailure.usage(error.description)
        }
        switch output.format {
        case .json: try Terminal.printJSON(routing)
        case .text: AskPrinter.print(routing)
        }
    }

    static func makeRouter(_ database: DatabaseOptions) throws -> QuestionRouter {
        let library = try database.library()
        do {
            return try QuestionRouter.builtin(library: library)
        } catch {
            throw CoachFailure.content("the router model is missing from the built-in pack: \(error)")
        }
    }

    private func runBatch(_ path: String, router: QuestionRouter) throws {
        let text = try BatchInput.read(path, limit: Self.maximumBatchBytes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failures = 0
        var out = Data()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            do {
                let question = try BatchInput.questionText(trimmed, line: number + 1)
                out.append(contentsOf: try router.route(question, top: top).jsonBytes())
            } catch {
                failures += 1
                out.append(try encoder.encode(BatchInput.LineError(line: number + 1, error: "\(error)")))
            }
            out.append(0x0A)
            if out.count > 1 << 20 {
                FileHandle.standardOutput.write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(out)
        if failures > 0 {
            throw CoachFailure.content("\(failures) line(s) of \(path) could not be routed")
        }
    }
}

/// Reading the `--batch` files of `ask` and `grade`.
enum BatchInput {
    struct LineError: Encodable {
        var line: Int
        var error: String
    }

    struct LineFailure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String, limit: Int) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else { throw CoachFailure.usage("\(path): no such file") }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size <= limit else { throw CoachFailure.usage("\(path) is \(size) bytes; batch files are limited to \(limit)") }
            guard let contents = FileManager.default.contents(atPath: path) else { throw CoachFailure.usage("\(path): cannot read") }
            data = contents
        }
        guard data.count <= limit else { throw CoachFailure.usage("standard input is over \(limit) bytes") }
        return TextDecoding.decode(data).text
    }

    /// A line is plain text, or a JSON object with a "text" (or "question") field.
    static func questionText(_ line: String, line number: Int) throws -> String {
        guard line.hasPrefix("{") else { return line }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw LineFailure(description: "line \(number): not valid JSON")
        }
        guard let text = (object["text"] ?? object["question"]) as? String else {
            throw LineFailure(description: "line \(number): missing field 'text'")
        }
        return text
    }
}

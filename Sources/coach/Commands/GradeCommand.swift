import ArgumentParser
import CoachCore
import Foundation

enum GradeFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Critique a typed answer: key points, the seven moves, failure modes, with your own sentences as evidence.",
        discussion: """
            The answer comes from ANSWER_FILE, or standard input with '-'. With --question-id the \
            question's reference and key points are used; with --reference or --reference-file key \
            points are derived from the reference. --batch reads JSON Lines \
            {"question", "reference"?, "key_points"?, "answer"} and prints one grade a line, in order.
            """)

    @Option(help: "The question being answered.")
    var question: String?

    @Option(help: "A built-in or imported question id (see 'coach show TOPIC').")
    var questionId: String?

    @Option(help: "A reference answer to grade coverage against.")
    var reference: String?

    @Option(help: "A file holding the reference answer.", completion: .file())
    var referenceFile: String?

    @Option(help: "JSON Lines of answers to grade.", completion: .file())
    var batch: String?

    @Argument(help: "The answer file, or - for standard input.", completion: .file())
    var answerFile: String?

    @Option(help: "Output format: text, json or markdown.")
    var format: GradeFormat = .text

    @OptionGroup var database: DatabaseOptions

    static let maximumFileBytes = 1_000_000

    func validate() throws {
        if batch != nil {
            if question != nil || questionId != nil || answerFile != nil { throw ValidationError("--batch takes no question or answer file") }
            return
        }
        if (question == nil) == (questionId == nil) { throw ValidationError("give --question TEXT or --question-id ID") }
        if reference != nil && referenceFile != nil { throw ValidationError("give --reference or --reference-file, not both") }
        if questionId != nil && (reference != nil || referenceFile != nil) { throw ValidationError("--question-id brings its own reference") }
        if answerFile == nil { throw ValidationError("give the answer file, or - to read standard input") }
    }

    func run() throws {
        let library = try database.library()
        let router = try AskCommand.makeRouter(database)
        let grader = AnswerGrader(library: library)
        if let batch {
            try runBatch(batch, grader: grader, router: router)
            return
        }
        let prompt: AnswerGrader.Prompt
        let questionText: String
        var referenceText: String?
        if let questionId {
            guard let found = library.question(id: questionId) else {
                throw CoachFailure.usage("no question with id '\(questionId)'; 'coach show TOPIC --format json' lists ids")
            }
            questionText = found.text
            referenceText = found.reference
            prompt = Self.prompt(for: found, router: router)
        } else {
            questionText = question!
            if let referenceFile { referenceText = try Self.readText(referenceFile, what: "reference") } else { referenceText = reference }
            prompt = try Self.prompt(question: questionText, reference: referenceText, keyPoints: nil, router: router)
        }
        let answer = try Self.readText(answerFile!, what: "answer")
        let grade: Grade
        do {
            grade = try grader.grade(answer: answer, for: prompt)
        } catch {
            throw CoachFailure.usage(error.description)
        }
        switch format {
        case .json: try Terminal.printJSON(grade)
        case .text: GradePrinter.printText(grade, question: questionText, answer: answer)
        case .markdown: print(GradePrinter.markdown(grade, question: questionText, answer: answer, reference: referenceText))
        }
    }

    static func prompt(for question: Question, router: QuestionRouter) -> AnswerGrader.Prompt {
        AnswerGrader.Prompt(question: question, router: router)
    }

    static func prompt(question: String, reference: String?, keyPoints: [String]?, router: QuestionRouter) throws -> AnswerGrader.Prompt {
        do {
            return try AnswerGrader.Prompt(question: question, reference: reference, keyPoints: keyPoints, router: router)
        } catch {
            throw CoachFailure.usage(error.description)
        }
    }

    static func readText(_ path: String, what: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else { throw CoachFailure.usage("\(path): no such file") }
            guard let contents = FileManager.default.contents(atPath: path) else { throw CoachFailure.usage("\(path): cannot read") }
            data = contents
        }
        guard data.count <= maximumFileBytes else { throw CoachFailure.usage("the \(what) is \(data.count) bytes; the limit is \(maximumFileBytes)") }
        return TextDecoding.decode(data).text
    }

    struct BatchLine: Decodable {
        var question: String
        var reference: String?
        var keyPoints: [String]?
        var answer: String

        enum CodingKeys: String, CodingKey {
            case question, reference, answer
            case keyPoints = "key_points"
        }
    }

    private func runBatch(_ path: String, grader: AnswerGrader, router: QuestionRouter) throws {
        let text = try BatchInput.read(path, limit: 64 * 1024 * 1024)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let decoder = JSONDecoder()
        var failures = 0
        var out = Data()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.trimmed().isEmpty else { continue }
            do {
                let item: BatchLine
                do {
                    item = try decoder.decode(BatchLine.self, from: Data(line.utf8))
                } catch let error as DecodingError {
                    throw BatchInput.LineFailure(description: "line \(number + 1): \(EvalRouterCommand.describe(error))")
                }
                let prompt = try Self.prompt(question: item.question, reference: item.reference, keyPoints: item.keyPoints, router: router)
                out.append(try encoder.encode(try grader.grade(answer: item.answer, for: prompt)))
            } catch {
                failures += 1
                let message = (error as? CoachFailure)?.message ?? "\(error)"
                out.append(try encoder.encode(BatchInput.LineError(line: number + 1, error: message)))
            }
            out.append(0x0A)
        }
        FileHandle.standardOutput.write(out)
        if failures > 0 { throw CoachFailure.content("\(failures) line(s) of \(path) could not be graded") }
    }
}

import CoachCore
import Foundation

/// Reads a typed answer. A line holding only "." ends it, as does the end of input (Ctrl-D);
/// every finished line is handed to `onLine` at once so the draft is saved as it grows.
final class AnswerReader: @unchecked Sendable {
    /// Set once standard input is exhausted: later prompts take their defaults.
    private(set) var inputClosed = false
    let interactive = isatty(STDIN_FILENO) == 1
    let output: SessionOutput

    init(output: SessionOutput) {
        self.output = output
    }

    struct Answer {
        var text: String
        /// The answer hit the size limit and the rest was not read.
        var truncated: Bool
    }

    func readAnswer(seconds limit: Int?, startedAt: Date, initial: String = "", onLine: (String) -> Void) -> Answer {
        var text = initial
        let countdown = interactive ? limit.map { Countdown(seconds: $0, startedAt: startedAt, output: output) } : nil
        countdown?.start()
        defer { countdown?.stop() }
        while true {
            if interactive { output.prompt(Self.promptLabel(limit: limit, startedAt: startedAt)) }
            guard let line = Swift.readLine(strippingNewline: true) else {
                inputClosed = true
                break
            }
            if line.trimmed() == "." { break }
            let next = text.isEmpty ? line : text + "\n" + line
            if next.unicodeScalars.count > AnswerGrader.maximumAnswerLength {
                output.say(Terminal.warn("The answer reached \(AnswerGrader.maximumAnswerLength) characters; the rest is not kept."))
                return Answer(text: text, truncated: true)
            }
            text = next
            onLine(text)
        }
        return Answer(text: text, truncated: false)
    }

    /// One line of input, or nil once input is closed.
    func readLine(prompt: String) -> String? {
        guard !inputClosed else { return nil }
        output.prompt(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else {
            inputClosed = true
            output.say()
            return nil
        }
        return line
    }

    static func promptLabel(limit: Int?, startedAt: Date) -> String {
        guard let limit else { return "> " }
        let left = Double(limit) - Date().timeIntervalSince(startedAt)
        return left >= 0 ? Terminal.dim("[\(clock(left)) left]") + " > " : Terminal.warn("[\(clock(-left)) over]") + " > "
    }

    static func clock(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.rounded(.down)))
        let minutes = whole / 60
        let rest = whole % 60
        return "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// Opens `$EDITOR` (or vi) on a file holding the question as comments and the answer so far.
    func readWithEditor(question: String, initial: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("coach-answer-\(UUID().uuidString).md")
        let header = question.split(separator: "\n").map { "# " + $0 }.joined(separator: "\n")
            + "\n# Write your answer below. Lines starting with # are ignored.\n"
        try (header + initial).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let editor = ProcessInfo.processInfo.environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "sh", file.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CoachFailure.content("the editor (\(editor)) exited with status \(process.terminationStatus); the answer in \(file.path) was not read")
        }
        let data = try Data(contentsOf: file)
        guard data.count <= AnswerGrader.maximumAnswerLength * 4 else { throw CoachFailure.content("the answer file is too large") }
        return TextDecoding.decode(data).text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }.joined(separator: "\n").trimmed()
    }
}

/// Rings once a minute is left and when time is up, without touching what is being typed.
final class Countdown: @unchecked Sendable {
    private let seconds: Int
    private let startedAt: Date
    private let output: SessionOutput
    private var timer: DispatchSourceTimer?

    init(seconds: Int, startedAt: Date, output: SessionOutput) {
        self.seconds = seconds
        self.startedAt = startedAt
        self.output = output
    }

    func start() {
        let timer = DispatchSource.makeTimerSource(queue: .global())
        var warnedMinute = false
        var warnedEnd = false
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [seconds, startedAt, output] in
            let left = Double(seconds) - Date().timeIntervalSince(startedAt)
            if !warnedMinute, left <= 60, seconds > 90 {
                warnedMinute = true
                output.prompt("\u{7}\n" + Terminal.warn("One minute left.") + " > ")
            }
            if !warnedEnd, left <= 0 {
                warnedEnd = true
                output.prompt("\u{7}\n" + Terminal.warn("Time is up — finish your sentence and type a line with only \".\"") + "\n> ")
            }
        }
        timer.resume()
        self.timer = timer
    }

    func stop() {
        timer?.cancel()
        timer = nil
    }
}

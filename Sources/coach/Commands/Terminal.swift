import CoachCore
import Foundation
@preconcurrency import Rainbow

/// Printing for humans: colour only on a terminal and never when NO_COLOR is set.
enum Terminal {
    static let useColor: Bool = {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
    }()

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("coach: " + message + "\n").utf8))
    }

    static func bold(_ text: String) -> String { configureOnce; return text.bold }
    static func dim(_ text: String) -> String { configureOnce; return text.dim }
    static func accent(_ text: String) -> String { configureOnce; return text.cyan }
    static func warn(_ text: String) -> String { configureOnce; return text.yellow }
    static func bad(_ text: String) -> String { configureOnce; return text.red }
    static func good(_ text: String) -> String { configureOnce; return text.green }

    private static let configureOnce: Void = { Rainbow.enabled = useColor }()

    /// One JSON document on stdout, keys sorted so output is stable.
    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Wraps prose to the width of a terminal line, indenting every line.
    static func wrap(_ text: String, width: Int = 88, indent: String = "  ") -> String {
        var lines: [String] = []
        for paragraph in text.components(separatedBy: "\n") {
            var line = indent
            for word in paragraph.split(separator: " ") {
                if line.count + word.count + 1 > width, line.count > indent.count {
                    lines.append(line)
                    line = indent
                }
                line += (line.count > indent.count ? " " : "") + word
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ issue: ContentIssue) -> String {
        let place = issue.line.map { "\(issue.file):\($0)" } ?? issue.file
        let label = issue.severity == .error ? bad("error") : warn("warning")
        return "\(place): \(label): \(issue.message)"
    }
}

import ArgumentParser
import CoachCore
import CoachStore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export attempts as CSV or JSON, or the questions as an Anki-importable TSV.",
        discussion: """
            csv and json hold every graded or unfinished attempt with its scores and ratings. anki \
            writes one note a line — question, reference answer, tags (archetype and topics) — to \
            import into Anki as tab-separated text with HTML allowed.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, anki
    }

    @Option(help: "csv or json (attempts), anki (questions with their references).")
    var format: Format = .csv

    @Option(help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    @OptionGroup var database: DatabaseOptions

    struct Row: Encodable {
        var id: Int64
        var questionID: String
        var question: String
        var mode: String
        var status: String
        var startedAt: Date
        var seconds: Double?
        var overall: Int?
        var coverage: Int?
        var structure: Int?
        var archetype: String?
        var topics: [String]
        var proposedRating: Int?
        var acceptedRating: Int?
        var answer: String

        enum CodingKeys: String, CodingKey {
            case id, question, mode, status, seconds, overall, coverage, structure, archetype, topics, answer
            case questionID = "question_id"
            case startedAt = "started_at"
            case proposedRating = "proposed_rating"
            case acceptedRating = "accepted_rating"
        }
    }

    func run() throws {
        let text: String
        switch format {
        case .anki: text = Self.anki(try database.library())
        case .csv, .json:
            let store = try database.open()
            let rows = try storeCall { try store.allAttempts() }.map { attempt in
                Row(id: attempt.id, questionID: attempt.questionID, question: attempt.questionText, mode: attempt.mode.rawValue,
                    status: attempt.status.rawValue, startedAt: attempt.startedAt, seconds: attempt.durationSeconds,
                    overall: attempt.overallScore, coverage: attempt.coverageScore, structure: attempt.structureScore,
                    archetype: attempt.archetype?.rawValue, topics: attempt.topics, proposedRating: attempt.proposedRating?.rawValue,
                    acceptedRating: attempt.acceptedRating?.rawValue, answer: attempt.answerText)
            }
            if format == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                text = String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
            } else {
                text = Self.csv(rows)
            }
        }
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw CoachFailure.content("cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    static func csv(_ rows: [Row]) -> String {
        let formatter = ISO8601DateFormatter()
        var lines = ["id,question_id,question,mode,status,started_at,seconds,overall,coverage,structure,archetype,topics,proposed_rating,accepted_rating,answer"]
        for row in rows {
            let fields: [String] = [
                String(row.id), row.questionID, row.question, row.mode, row.status, formatter.string(from: row.startedAt),
                row.seconds.map { String(format: "%.1f", $0) } ?? "", row.overall.map(String.init) ?? "",
                row.coverage.map(String.init) ?? "", row.structure.map(String.init) ?? "", row.archetype ?? "",
                row.topics.joined(separator: " "), row.proposedRating.map(String.init) ?? "",
                row.acceptedRating.map(String.init) ?? "", row.answer,
            ]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. A
    /// leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula.
    static func csvField(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Anki's text import: tab-separated, HTML allowed, so text is escaped and line breaks are <br>.
    static func anki(_ library: ContentLibrary) -> String {
        var lines = ["#separator:tab", "#html:true", "#tags column:3"]
        for question in library.questions {
            guard let reference = question.reference, !reference.trimmed().isEmpty else { continue }
            let tags = ([question.archetype?.rawValue].compactMap { $0 } + question.topics.compactMap { library.topic(named: $0)?.slug })
                .map { "coach::" + $0 }
            lines.append([ankiField(question.text), ankiField(reference), tags.joined(separator: " ")].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func ankiField(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\t", with: " ")
            .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
    }
}

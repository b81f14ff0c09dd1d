import ArgumentParser
import CoachCore

struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "List the topics with their built-in and imported question counts.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    struct Row: Encodable {
        var number: String
        var slug: String
        var title: String
        var builtinQuestions: Int
        var importedQuestions: Int

        enum CodingKeys: String, CodingKey {
            case number, slug, title
            case builtinQuestions = "builtin_questions"
            case importedQuestions = "imported_questions"
        }
    }

    func run() throws {
        let library = try database.library()
        let rows = Self.rows(for: library)
        switch output.format {
        case .json:
            try Terminal.printJSON(["topics": rows])
        case .text:
            print(Terminal.bold("  #   topic") + String(repeating: " ", count: 58) + Terminal.bold("built-in  imported"))
            for row in rows {
                let title = row.title.count > 60 ? String(row.title.prefix(59)) + "…" : row.title
                let padded = title.padding(toLength: 62, withPad: " ", startingAt: 0)
                let builtin = String(row.builtinQuestions).leftPadded(to: 8)
                let imported = String(row.importedQuestions).leftPadded(to: 10)
                print("  \(Terminal.accent(row.number))  \(padded)\(builtin)\(imported)")
            }
            // A question counts under each of its topics above, but once in the totals.
            let totalBuiltin = library.questions.filter { $0.source.origin == .builtin }.count
            let totalImported = library.questions.count - totalBuiltin
            print(Terminal.dim("  \(rows.count) topics, \(totalBuiltin) built-in and \(totalImported) imported questions"))
        }
    }

    static func rows(for library: ContentLibrary) -> [Row] {
        var builtin: [String: Int] = [:]
        var imported: [String: Int] = [:]
        for question in library.questions {
            for number in question.topics {
                if question.source.origin == .builtin { builtin[number, default: 0] += 1 } else { imported[number, default: 0] += 1 }
            }
        }
        return library.topics.map {
            Row(number: $0.number, slug: $0.slug, title: $0.title,
                builtinQuestions: builtin[$0.number] ?? 0, importedQuestions: imported[$0.number] ?? 0)
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

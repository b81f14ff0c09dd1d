import CoachCore

/// Terminal and Markdown views of a grade.
enum GradePrinter {
    static func printText(_ grade: Grade, question: String, answer: String) {
        print(text(grade, question: question, answer: answer))
    }

    static func text(_ grade: Grade, question: String, answer: String) -> String {
        var out: [String] = []
        let scores = grade.scores
        var line = Terminal.bold("Overall \(scores.overall)/100")
        if let coverage = scores.coverage { line += "   coverage \(coverage)" }
        if let structure = scores.structure { line += "   structure \(structure)" }
        out.append(line + Terminal.dim("   (\(grade.scope.rawValue) question)"))
        for note in grade.notes { out.append(Terminal.warn("  " + note)) }

        out.append("\n" + Terminal.bold("Your answer") + Terminal.dim("  (green: a move; red: a failure mode)"))
        out.append(Terminal.wrap(highlighted(answer, grade: grade)))

        if !grade.keyPoints.isEmpty {
            out.append("\n" + Terminal.bold("Key points"))
            for point in grade.keyPoints {
                let mark = point.covered ? Terminal.good("✓") : (point.match > 0.2 ? Terminal.warn("~") : Terminal.bad("✗"))
                out.append("  \(mark) \(point.text)")
                if let evidence = point.evidence.first, point.covered { out.append(Terminal.dim("      “\(clip(evidence.text))”")) }
            }
        }
        out.append("\n" + Terminal.bold("Moves"))
        for move in grade.moves {
            let mark = move.present ? Terminal.good("✓") : Terminal.dim("·")
            let evidence = move.evidence.first.map { Terminal.dim("  “\(clip($0.text, 70))”") } ?? ""
            out.append("  \(mark) \(move.id.rawValue)\(evidence)")
        }
        if let framework = grade.framework {
            let steps = framework.steps.map { $0.present ? Terminal.good($0.name) : Terminal.dim($0.name) }.joined(separator: " → ")
            out.append("\n" + Terminal.bold("Framework (\(framework.archetype.rawValue))") + ": " + steps + (framework.inOrder ? "" : Terminal.warn("  (out of order)")))
        }
        let present = grade.failureModes.filter(\.present)
        out.append("\n" + Terminal.bold("Failure modes") + (present.isEmpty ? Terminal.good("  none") : ""))
        for mode in present {
            out.append("  " + Terminal.bad(mode.id.rawValue))
            if let evidence = mode.evidence.first { out.append(Terminal.dim("      “\(clip(evidence.text))”")) }
        }
        if !grade.advice.isEmpty {
            out.append("\n" + Terminal.bold("What would help most"))
            for (index, item) in grade.advice.enumerated() { out.append(Terminal.wrap("\(index + 1). \(item)", indent: "  ")) }
        }
        let stats = grade.stats
        out.append("\n" + Terminal.dim("\(stats.words) words, about \(stats.speakingMinutes) min aloud at \(stats.wordsPerMinute) wpm; "
            + "\(stats.fillersPer100Words) fillers and \(stats.hedgesPer100Words) hedges per 100 words; "
            + (stats.fitsFiveMinutes ? "fits" : "does not fit") + " a five-minute slot"))
        return out.joined(separator: "\n")
    }

    /// The answer with move sentences in green and failure-mode sentences in red.
    static func highlighted(_ answer: String, grade: Grade) -> String {
        var marks: [(start: Int, end: Int, bad: Bool)] = []
        for mode in grade.failureModes where mode.present { marks += mode.evidence.map { ($0.start, $0.end, true) } }
        for move in grade.moves where move.present { marks += move.evidence.map { ($0.start, $0.end, false) } }
        guard !marks.isEmpty else { return answer }
        let scalars = Array(answer.unicodeScalars)
        var output = ""
        var index = 0
        for mark in marks.sorted(by: { $0.start < $1.start }) where mark.start >= index && mark.end <= scalars.count {
            output += String(String.UnicodeScalarView(scalars[index..<mark.start]))
            let piece = String(String.UnicodeScalarView(scalars[mark.start..<mark.end]))
            output += mark.bad ? Terminal.bad(piece) : Terminal.good(piece)
            index = mark.end
        }
        output += String(String.UnicodeScalarView(scalars[index...]))
        return output
    }

    static func markdown(_ grade: Grade, question: String, answer: String, reference: String?) -> String {
        var lines: [String] = ["# Answer review", "", "**Question:** \(escape(question))", ""]
        var scoreLine = "**Overall:** \(grade.scores.overall)/100"
        if let coverage = grade.scores.coverage { scoreLine += " · **Coverage:** \(coverage)" }
        if let structure = grade.scores.structure { scoreLine += " · **Structure:** \(structure)" }
        lines += [scoreLine, ""]
        lines += grade.notes.map { "> \(escape($0))" }
        if !grade.advice.isEmpty {
            lines += ["## What would help most", ""] + grade.advice.enumerated().map { "\($0 + 1). \(escape($1))" } + [""]
        }
        if !grade.keyPoints.isEmpty {
            lines += ["## Key points", ""]
            lines += grade.keyPoints.map { "- [\($0.covered ? "x" : " ")] \(escape($0.text))" + ($0.covered ? " — “\(escape(clip($0.evidence.first?.text ?? "")))”" : "") }
            lines.append("")
        }
        lines += ["## Moves", ""]
        lines += grade.moves.map { "- [\($0.present ? "x" : " ")] \($0.id.rawValue)" + ($0.evidence.first.map { " — “\(escape(clip($0.text)))”" } ?? "") }
        lines += ["", "## Failure modes", ""]
        let present = grade.failureModes.filter(\.present)
        lines += present.isEmpty ? ["None found."] : present.map { "- **\($0.id.rawValue)**" + ($0.evidence.first.map { " — “\(escape(clip($0.text)))”" } ?? "") + "  \n  \(escape($0.advice))" }
        lines += ["", "## Your answer", "", answer.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + escape(String($0)) }.joined(separator: "\n")]
        if let reference { lines += ["", "## Reference", "", escape(reference)] }
        let stats = grade.stats
        lines += ["", "_\(stats.words) words · about \(stats.speakingMinutes) min at \(stats.wordsPerMinute) wpm · \(stats.fillersPer100Words) fillers / 100 words · \(stats.hedgesPer100Words) hedges / 100 words_"]
        return lines.joined(separator: "\n")
    }

    /// Keeps user text from turning into Markdown or HTML when the report is rendered.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "*", "_", "`", "[", "]", "#", "|", "\\": output += "\\" + String(character)
            default: output.append(character)
            }
        }
        return output
    }

    static func clip(_ text: String, _ length: Int = 100) -> String {
        text.count <= length ? text : String(text.prefix(length)) + "…"
    }
}

/// A question as it stands in a grill file, before it becomes a `Question`.
public struct GrillEntry: Sendable, Hashable {
    public var number: Int
    public var text: String
    /// Plain text of the answer paragraphs; nil for a question listed without an answer.
    public var answer: String?
    public var section: String?
    /// One-based line of the question.
    public var line: Int
}

/// Reads the questions of a grill file. Two formats occur in real notes:
/// a bold numbered question followed by its answer paragraphs
/// (`**12. What's BM25?**` or `**51.** *Loss for binary LR?* Binary cross-entropy.`),
/// and a plain numbered list of questions without answers (`12. Define prompt injection.`).
/// Numbered lines inside an answer, a code block or display math are never questions.
public struct GrillParser {
    public let file: String
    public private(set) var entries: [GrillEntry] = []
    public private(set) var issues: [ContentIssue] = []

    private var section: String?
    private var open: (number: Int, text: String, line: Int, answer: [Substring])?
    private var fenceLine: Int?
    private var mathLine: Int?
    private var htmlLine: Int?

    public init(file: String) {
        self.file = file
    }

    public static func parse(_ text: String, file: String) -> GrillParser {
        var parser = GrillParser(file: file)
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            parser.read(line.last == "\r" ? line.dropLast() : line, at: lineNumber)
        }
        parser.finish()
        return parser
    }

    mutating func read(_ line: Substring, at lineNumber: Int) {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })

        if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
            fenceLine = fenceLine == nil ? lineNumber : nil
            appendToAnswer(line)
            return
        }
        if fenceLine != nil {
            appendToAnswer(line)
            return
        }
        if trimmed.hasPrefix("$$") {
            let closesOnSameLine = trimmed.count > 2 && trimmed.dropFirst(2).contains("$$")
            if !closesOnSameLine { mathLine = mathLine == nil ? lineNumber : nil }
            appendToAnswer(line)
            return
        }
        if mathLine != nil {
            appendToAnswer(line)
            return
        }
        if htmlLine == nil, MarkdownText.containsHTMLTag(line) {
            htmlLine = lineNumber
        }

        if let heading = Self.heading(trimmed) {
            close()
            if heading.level >= 2 { section = heading.text.isEmpty ? nil : heading.text }
            return
        }
        if trimmed.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == " " }) && trimmed.filter({ $0 != " " }).count >= 3 {
            close()
            return
        }
        if let bold = Self.boldQuestion(trimmed) {
            close()
            begin(number: bold.number, text: bold.question, answerStart: bold.answer, at: lineNumber)
            return
        }
        if open == nil, line.first?.isNumber == true, let plain = Self.plainQuestion(trimmed) {
            begin(number: plain.number, text: plain.question, answerStart: nil, at: lineNumber)
            close()
            return
        }
        appendToAnswer(line)
    }

    mutating func finish() {
        if let line = fenceLine {
            issues.append(ContentIssue(.warning, file: file, line: line, "code block is never closed; the rest of the file was read as code"))
        }
        if let line = mathLine {
            issues.append(ContentIssue(.warning, file: file, line: line, "display math ($$) is never closed; the rest of the file was read as math"))
        }
        close()
        if let line = htmlLine {
            issues.append(ContentIssue(.warning, file: file, line: line, "HTML tags are shown as plain text; tags were removed"))
        }
        var seen: [Int: Int] = [:]
        for entry in entries {
            if let first = seen[entry.number] {
                issues.append(ContentIssue(.warning, file: file, line: entry.line, "question number \(entry.number) is used again (first at line \(first))"))
            } else {
                seen[entry.number] = entry.line
            }
        }
    }

    // MARK: - Building entries

    private mutating func begin(number: Int, text: String, answerStart: String?, at line: Int) {
        let question = MarkdownText.plain(text)
        guard question.contains(where: { $0.isLetter || $0.isNumber }) else {
            issues.append(ContentIssue(.error, file: file, line: line, "question \(number) has no text"))
            return
        }
        open = (number, question, line, answerStart.map { [$0[...]] } ?? [])
    }

    private mutating func appendToAnswer(_ line: Substring) {
        guard open != nil else { return }
        open!.answer.append(line)
    }

    private mutating func close() {
        guard let current = open else { return }
        open = nil
        let answer = Self.answerText(current.answer)
        entries.append(GrillEntry(number: current.number, text: current.text,
                                  answer: answer.isEmpty ? nil : answer, section: section, line: current.line))
    }

    /// The answer as plain paragraphs: inline Markdown removed, blank lines kept between paragraphs.
    static func answerText(_ lines: [Substring]) -> String {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines {
            let trimmed = line.trimmed()
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") || trimmed.hasPrefix("$$") || trimmed.hasPrefix("|") {
                current.append(trimmed)
            } else {
                let bullet = trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") ? "- " : ""
                let body = bullet.isEmpty ? trimmed[...] : trimmed.dropFirst(2)
                current.append(bullet + MarkdownText.plain(body))
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs.joined(separator: "\n\n")
    }

    // MARK: - Recognising lines

    static func heading(_ line: Substring) -> (level: Int, text: String)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        return (hashes, MarkdownText.plain(rest))
    }

    /// `**12. Question?** rest`, `**12.** *Question?* answer`, `**Q12: Question**`.
    static func boldQuestion(_ line: Substring) -> (number: Int, question: String, answer: String?)? {
        guard line.hasPrefix("**") else { return nil }
        var rest = line.dropFirst(2).drop(while: { $0 == " " })
        if rest.first == "Q" || rest.first == "q" { rest = rest.dropFirst() }
        let digits = rest.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" || mark == ":" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.range(of: "**") else { return nil }
        let insideBold = rest[..<close.lowerBound].trimmed()
        let after = rest[close.upperBound...].trimmed()

        if !insideBold.isEmpty {
            // Text after the bold question: a short aside ("(DeepSeek-V2/V3)") stays with it.
            if after.isEmpty { return (number, insideBold, nil) }
            if after.hasPrefix("("), after.hasSuffix(")"), after.count <= 60 { return (number, insideBold + " " + after, nil) }
            return (number, insideBold, after)
        }
        // The bold holds only the number: the question is the italic part, or the text up to "?".
        if after.hasPrefix("*") || after.hasPrefix("_") {
            let marker = after.first!
            let body = after.dropFirst()
            if let end = body.firstIndex(of: marker) {
                let answer = body[body.index(after: end)...].trimmed()
                return (number, String(body[..<end]), answer.isEmpty ? nil : answer)
            }
        }
        if let mark = after.firstIndex(of: "?") {
            let answer = after[after.index(after: mark)...].trimmed()
            return (number, String(after[...mark]), answer.isEmpty ? nil : answer)
        }
        return (number, after, nil)
    }

    /// `12. Question` or `12) Question` at the start of a line.
    static func plainQuestion(_ line: Substring) -> (number: Int, question: String)? {
        let digits = line.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { return nil }
        var rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        rest = rest.dropFirst()
        guard rest.first == " " || rest.first == "\t" || rest.isEmpty else { return nil }
        return (number, rest.trimmed())
    }
}

import Foundation

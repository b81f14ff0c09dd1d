import Foundation
import Testing

/// Runs the built `coach` binary as a user would and checks output and exit codes.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any] ?? [:]
        }
    }

    static var binary: URL {
        // The test bundle sits in the build folder beside the `coach` executable.
        var url = Bundle.main.bundleURL
        while url.path != "/" {
            let candidate = url.appendingPathComponent("coach")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/coach")
    }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../CoachCoreTests/Fixtures").standardizedFileURL
    }

    let database = FileManager.default.temporaryDirectory.appendingPathComponent("coach-cli-\(UUID().uuidString).sqlite").path

    func coach(_ arguments: String..., input: String? = nil) throws -> Run {
        try coach(arguments, input: input)
    }

    func coach(_ arguments: [String], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["COACH_DB"] = database
        environment["XDG_CACHE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("coach-cli-cache").path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func versionInTextAndJSON() throws {
        #expect(try coach("--version").stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        #expect(try coach("version", "--format", "json").json()["version"] as? String == "0.1.0")
    }

    @Test func topicsListsTheCatalog() throws {
        let run = try coach("topics", "--format", "json")
        #expect(run.status == 0)
        let topics = try #require(try run.json()["topics"] as? [[String: Any]])
        #expect(topics.count == 66)
        #expect(run.stderr.isEmpty)
    }

    @Test func importRemembersNotesAndReimportUpdatesThem() throws {
        defer { try? FileManager.default.removeItem(atPath: database) }
        let notes = Self.fixtures.appendingPathComponent("notes").path
        let first = try coach("import", notes, "--format", "json")
        #expect(first.status == 1, "the fixture holds two content errors")
        #expect(first.stderr.contains("2 content error(s)"))
        #expect(try first.json()["questions"] as? Int == 16)

        let again = try coach("import", notes, "--format", "json")
        #expect(again.status == 1)

        let topics = try #require(try coach("topics", "--format", "json").json()["topics"] as? [[String: Any]])
        #expect(topics.count == 67, "the fixture's topic 91 is new")
        let rag = try #require(topics.first { $0["number"] as? String == "39" })
        #expect(rag["imported_questions"] as? Int == 9, "imported once, not twice")

        let show = try coach("show", "rag", "--format", "json", "--questions", "0")
        let questions = try #require(try show.json()["questions"] as? [[String: Any]])
        #expect(questions.contains { $0["text"] as? String == "What is BM25?" })
        #expect(try show.json()["sources"] as? [String] == ["notes/39_rag_extra", "notes/39_rag_notes"])
    }

    @Test func usageErrorsExitWithTwo() throws {
        let missing = try coach("import", "/no/such/dir")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/no/such/dir: no such directory"))
        let file = try coach("import", Self.fixtures.appendingPathComponent("notes/README.md").path)
        #expect(file.status == 2)
        #expect(file.stderr.contains("not a notes directory"))
        #expect(try coach("show", "no-such-topic").status == 2)
        #expect(try coach("topics", "--format", "yaml").status == 2)
    }

    @Test func lintReportsPackErrorsWithFileAndLine() throws {
        let run = try coach("lint", Self.fixtures.appendingPathComponent("bad-pack").path)
        #expect(run.status == 1)
        #expect(run.stdout.contains("moves.yaml:4: error: malformed YAML"))
        #expect(try coach("lint").status == 0, "the built-in pack lints clean")
        let notes = try coach("lint", Self.fixtures.appendingPathComponent("notes").path, "--format", "json")
        #expect(try notes.json()["kind"] as? String == "notes repository")
        #expect(try notes.json()["errors"] as? Int == 2)
    }

    @Test func askNamesArchetypeTopicsAndScaffold() throws {
        let run = try coach("ask", "Design a fraud detector for card payments", "--format", "json")
        #expect(run.status == 0)
        let json = try run.json()
        let archetype = try #require(json["archetype"] as? [String: Any])
        #expect(archetype["id"] as? String == "design")
        #expect((archetype["runner_up"] as? [String: Any])?["id"] != nil)
        #expect((json["topics"] as? [[String: Any]])?.count == 5)
        #expect((json["framework"] as? [[String: Any]])?.first?["step"] as? String == "clarify")
        #expect(try coach("ask", "   ").status == 2)
    }

    @Test func askBatchKeepsInputOrderAndReportsBadLines() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ask-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try "Why does Adam need bias correction?\n{\"text\": \"Our CTR dropped 3% after the launch. Investigate.\"}\n{\"nope\": 1}\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try coach("ask", "--batch", file.path)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 3)
        #expect(lines[0]?["question"] as? String == "Why does Adam need bias correction?")
        #expect((lines[1]?["archetype"] as? [String: Any])?["id"] as? String == "debug")
        #expect(lines[2]?["line"] as? Int == 3)
    }

    @Test func gradeReadsStandardInputAndPrintsJSONAndMarkdown() throws {
        let answer = "Overlap keeps a fact that straddles a chunk boundary whole in one chunk. <script>alert(1)</script>"
        let json = try coach("grade", "--question", "Why overlap chunks?", "--reference",
                             "Overlap keeps facts that cross a chunk boundary whole. It costs storage.", "-", "--format", "json", input: answer)
        #expect(json.status == 0)
        let grade = try json.json()
        let scores = try #require(grade["scores"] as? [String: Any])
        #expect((scores["coverage"] as? Int ?? 0) > 0)
        #expect((grade["moves"] as? [[String: Any]])?.count == 7)
        #expect((grade["failure_modes"] as? [[String: Any]])?.count == 5)
        let markdown = try coach("grade", "--question", "Why overlap chunks?", "-", "--format", "markdown", input: answer)
        #expect(markdown.stdout.contains("&lt;script&gt;"))
        #expect(!markdown.stdout.contains("<script>"))
        #expect(try coach("grade", "--question-id", "no-such-id", "-", input: answer).status == 2)
        #expect(try coach("grade", "--question-id", "rag-chunk-size-start", "-", input: answer).status == 0)
    }

    @Test func questionsFilterByTopicAndArchetype() throws {
        let run = try coach("questions", "--topic", "rag", "--archetype", "design", "--format", "json")
        let questions = try #require(try run.json()["questions"] as? [[String: Any]])
        #expect(!questions.isEmpty)
        #expect(questions.allSatisfy { ($0["topics"] as? [String])?.contains("39") == true && $0["archetype"] as? String == "design" })
        #expect(try coach("questions", "--archetype", "poetry").status == 2)
    }
}

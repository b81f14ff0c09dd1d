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

    func coach(_ arguments: String...) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["COACH_DB"] = database
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
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
}

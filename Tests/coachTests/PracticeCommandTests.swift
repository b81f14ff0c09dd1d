import Foundation
import Testing

/// Drives the practice commands through standard input, as a user typing would, and checks
/// what they left in the database through `coach export` and `coach stats`.
@Suite struct PracticeCommandTests {
    let cli = CommandLineTests()

    struct Attempt: Decodable {
        var id: Int
        var questionID: String
        var status: String
        var mode: String
        var overall: Int?
        var acceptedRating: Int?
        var answer: String

        enum CodingKeys: String, CodingKey {
            case id, status, mode, overall, answer
            case questionID = "question_id"
            case acceptedRating = "accepted_rating"
        }
    }

    func attempts() throws -> [Attempt] {
        let run = try cli.coach("export", "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode([Attempt].self, from: Data(run.stdout.utf8))
    }

    func stats() throws -> [String: Any] {
        try cli.coach("stats", "--format", "json").json()
    }

    static let answer = """
        The KV cache keeps the keys and values of earlier tokens so decoding a new token does not recompute them.
        Its memory grows linearly with the sequence length, the batch size and the number of layers.
        .
        """

    @Test func drillGradesRatesAndSchedulesEachAnswer() throws {
        // Two answers: the first takes the proposed rating, the second is overridden to Easy.
        let run = try cli.coach(["drill", "--topic", "06", "--count", "2", "--minutes", "0"], input: Self.answer + "\n\n" + Self.answer + "\n4\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Scaffold"))
        #expect(run.stdout.contains("Proposed rating"))
        #expect(run.stdout.contains("Session done."))
        let saved = try attempts()
        #expect(saved.count == 2)
        #expect(saved.allSatisfy { $0.status == "graded" && $0.mode == "drill" && $0.overall != nil })
        #expect(saved.last?.acceptedRating == 4)
        #expect(saved.allSatisfy { $0.answer.contains("KV cache") && !$0.answer.contains("\n.") })
        #expect(try stats()["cards"] as? Int == 2)

        // The next drill brings new questions, not the two just scheduled days away.
        let next = try cli.coach(["drill", "--topic", "06", "--count", "1", "--minutes", "0", "--format", "json"], input: Self.answer + "\n3\n")
        #expect(next.status == 0, "\(next.stderr)")
        let summary = try next.json()
        let answers = try #require(summary["answers"] as? [[String: Any]])
        #expect(answers.count == 1)
        let again = try #require(answers.first?["question_id"] as? String)
        #expect(!saved.contains { $0.questionID == again && $0.acceptedRating == 4 })
    }

    @Test func blindDrillScoresTheNamedArchetypeAndTopics() throws {
        let input = "sideways\ndesign\n39, 29, nonsense\n" + Self.answer + "\n\n"
        let run = try cli.coach(["drill", "--blind", "--archetype", "design", "--count", "1", "--minutes", "0"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("One of: design, train, why, debug, tradeoff."), "a bad archetype is asked again")
        #expect(run.stdout.contains("Not in the catalog: nonsense"))
        #expect(run.stdout.contains("✓ archetype design"))
        #expect(run.stdout.contains("Blind score"))
        #expect(!run.stdout.contains("Scaffold"), "a blind drill shows no scaffold")
        let saved = try attempts()
        #expect(saved.count == 1)
        #expect(saved.first?.mode == "blind")
    }

    @Test func mockInterviewAsksFollowUpsAndSavesAScorecard() throws {
        let answer = """
            The goal is to protect users while keeping false alarms low, under a 100 ms latency budget.
            I'd start with a simple baseline, then iterate on features; one risk is drift, so I'd monitor it weekly.
            So I'd ship the baseline first, because it is cheap to run and easy to explain.
            .
            """
        let input = Array(repeating: answer, count: 8).joined(separator: "\n") + "\n"
        let run = try cli.coach(["mock", "--minutes", "20", "--seed", "11"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Interviewer: "))
        #expect(run.stdout.contains("Scorecard, mock 1"))
        for name in ["Clarity", "Technical correctness", "Stated assumptions", "Depth", "Trade-off reasoning", "Composure under time"] {
            #expect(run.stdout.contains(name))
        }
        let saved = try attempts()
        #expect(saved.count == 8, "four questions and four follow-ups: \(saved.map(\.questionID))")
        #expect(saved.allSatisfy { $0.mode == "mock" })
        #expect(saved.filter { $0.questionID.hasSuffix("#follow-up") }.count == 4)

        let listed = try cli.coach("mock", "--show", "1", "--format", "json").json()
        let scorecard = try #require(listed["scorecard"] as? [String: Any])
        let dimensions = try #require(scorecard["dimensions"] as? [[String: Any]])
        #expect(dimensions.count == 6)
        #expect(dimensions.allSatisfy { ($0["score"] as? Int).map { (1...5).contains($0) } ?? false })
        #expect(try cli.coach("mock", "--show", "99").status == 2)
    }

    @Test func killedMidAnswerKeepsTheDraftAndEarlierAnswers() throws {
        // One finished answer first.
        #expect(try cli.coach(["drill", "--topic", "06", "--count", "1", "--minutes", "0"], input: Self.answer + "\n\n").status == 0)

        let draft = try killMidAnswer(topic: "39", line: "Chunks of about 500 tokens with some overlap are a fair start.")
        let unfinished = try #require(draft, "the first line is saved before the answer ends")

        let after = try attempts()
        #expect(after.filter { $0.status == "graded" }.count == 1, "the earlier answer is intact")
        #expect(after.contains { $0.id == unfinished.id && $0.status == "in-progress" })

        let warned = try cli.coach(["drill", "--count", "1", "--topic", "06", "--minutes", "0"], input: "")
        #expect(warned.stdout.contains("left unfinished"))

        let resumed = try cli.coach(["drill", "--resume"], input: "Overlap keeps a fact that straddles a boundary whole.\n.\n\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let finished = try #require(try attempts().first { $0.id == unfinished.id })
        #expect(finished.status == "graded")
        #expect(finished.answer.contains("500 tokens") && finished.answer.contains("straddles"))

        // A second interrupted answer can be dropped instead.
        #expect(try killMidAnswer(topic: "05", line: "Half an answer about attention.") != nil)
        #expect(try cli.coach("drill", "--discard-unfinished").stdout.contains("Discarded 1"))
        #expect(try !attempts().contains { $0.status == "in-progress" })
    }

    /// Starts a drill, types one line, waits until the draft is in the database, and kills the
    /// process as a crash would.
    func killMidAnswer(topic: String, line: String) throws -> Attempt? {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["drill", "--topic", topic, "--count", "1", "--minutes", "0"]
        var environment = ProcessInfo.processInfo.environment
        environment["COACH_DB"] = cli.database
        environment["XDG_CACHE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("coach-cli-cache").path
        process.environment = environment
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
        var draft: Attempt?
        for _ in 0..<150 where draft == nil {
            Thread.sleep(forTimeInterval: 0.1)
            draft = try attempts().first { $0.status == "in-progress" && $0.answer.contains(line) }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return draft
    }

    @Test func planExportAndStatsRefuseBadInputAndWriteTheirFormats() throws {
        #expect(try cli.coach("plan", "--until", "2020-01-01").status == 2)
        #expect(try cli.coach("plan", "--until", "tomorrow").status == 2)
        let until = StudyDate.daysFromNow(10)
        let ics = try cli.coach("plan", "--until", until, "--format", "ics")
        #expect(ics.status == 0, "\(ics.stderr)")
        #expect(ics.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 11)
        let plan = try cli.coach("plan", "--until", until, "--format", "json").json()
        #expect((plan["days"] as? [Any])?.count == 11)

        let anki = try cli.coach("export", "--format", "anki")
        let lines = anki.stdout.split(separator: "\n")
        #expect(lines.first == "#separator:tab")
        #expect(lines.count > 400)
        #expect(lines.dropFirst(3).allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })

        let empty = try stats()
        #expect(empty["attempts"] as? Int == 0)
        #expect((empty["due_next_14_days"] as? [Int])?.count == 14)
    }
}

enum StudyDate {
    static func daysFromNow(_ days: Int) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: Date().addingTimeInterval(Double(days) * 86_400))
    }
}

import Foundation
import Testing

/// `coach schedule replay` run as a user would, checked against values py-fsrs 6.3.2 gives for
/// the same reviews. The log mixes time zones, a fraction of a second, a blank line, a CRLF line
/// ending, extra fields in any order and an escaped key.
extension CommandLineTests {
    static let reviewLog = """
        {"card": "a", "rating": 3, "at": "2025-01-01T09:00:00Z"}
        {"card": "b", "rating": 1, "at": "2025-01-01T09:00:00+01:00"}

        {"card": "a", "rating": 3, "at": "2025-01-01T09:10:00Z"}\r
        {"at": "2025-01-04T09:10:00.5Z", "rating": 1, "card": "a", "duration": [1, {"note": "\\"x\\""}]}
        {"card":"a","r\\u0061ting":4,"at":"2025-01-04 09:20:00z"}

        """

    static func jsonLines(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func scheduleReplayMatchesPyFSRSAndStreamsJSONLines() throws {
        let run = try coach("schedule", "replay", "-", input: Self.reviewLog)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = Self.jsonLines(run.stdout)
        try #require(lines.count == 5)
        let expected: [(card: String, state: String, step: Int?, stability: Double, difficulty: Double, recall: Double, due: String)] = [
            ("a", "learning", 1, 2.3065, 2.118103970459016, 0, "2025-01-01T09:10:00Z"),
            ("b", "learning", 0, 0.212, 6.4133, 0, "2025-01-01T08:01:00Z"),
            ("a", "review", nil, 2.3065, 2.111214235785395, 1, "2025-01-03T09:10:00Z"),
            ("a", "relearning", 0, 0.6369781117173378, 7.392238132342694, 0.8809479557659419, "2025-01-04T09:20:00.500000Z"),
            ("a", "review", nil, 1.1860555404464561, 6.5060740071714935, 1, "2025-01-05T09:20:00Z"),
        ]
        for (line, want) in zip(lines, expected) {
            #expect(line["card"] as? String == want.card)
            #expect(line["state"] as? String == want.state)
            #expect(line["step"] as? Int == want.step)
            #expect(abs((line["stability"] as? Double ?? -1) - want.stability) < 1e-12)
            #expect(abs((line["difficulty"] as? Double ?? -1) - want.difficulty) < 1e-12)
            #expect(abs((line["retrievability"] as? Double ?? -1) - want.recall) < 1e-12)
            #expect(line["due"] as? String == want.due)
        }
        #expect(lines[1]["at"] as? String == "2025-01-01T08:00:00Z", "times are echoed in UTC")
        #expect(lines[3]["rating"] as? Int == 1)
        #expect(run.stdout.hasPrefix(#"{"card":"a","rating":3,"at":"2025-01-01T09:00:00Z","state":"learning","step":1,"stability":2.3065,"#))
    }

    @Test func scheduleReplayOptionsChangeTheSchedule() throws {
        let review = #"{"card": "x", "rating": 4, "at": "2025-01-01T09:00:00Z"}"#
        let run = try coach("schedule", "replay", "-", "--learning-steps", "none", "--desired-retention", "0.8",
                            "--maximum-interval", "2", input: review)
        let line = try #require(Self.jsonLines(run.stdout).first)
        #expect(line["state"] as? String == "review", "no learning steps: straight to review")
        #expect(line["stability"] as? Double == 8.2956)
        #expect(line["due"] as? String == "2025-01-03T09:00:00Z", "capped at two days")

        let steps = try coach("schedule", "replay", "-", "--learning-steps", "30s, 2h", "--format", "text", input: review.replacingOccurrences(of: "4", with: "3"))
        #expect(steps.stdout.hasPrefix("card "), "a header line")
        #expect(steps.stdout.contains("2025-01-01T11:00:00Z"), "the second step is two hours")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        let log = (0..<40).map { #"{"card": "c", "rating": 3, "at": "2025-\#(String(format: "%02d", $0 / 4 + 1))-\#(String(format: "%02d", $0 % 4 * 7 + 1))T08:00:00Z"}"# }
        try log.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let plain = try coach("schedule", "replay", file.path)
        let fuzzed = try coach("schedule", "replay", file.path, "--fuzz", "--seed", "11")
        #expect(fuzzed.status == 0 && plain.status == 0)
        #expect(try coach("schedule", "replay", file.path, "--fuzz", "--seed", "11").stdout == fuzzed.stdout, "a seed repeats the fuzz")
        #expect(fuzzed.stdout != plain.stdout)
    }

    @Test func scheduleReplayRefusesBadInputWithLineAndField() throws {
        let good = #"{"card": "a", "rating": 3, "at": "2025-01-02T09:00:00Z"}"#
        let cases: [(String, String)] = [
            (#"{"card": "a", "rating": 5, "at": "2025-01-01T09:00:00Z"}"#, "standard input:2: field 'rating' must be 1, 2, 3 or 4"),
            (#"{"card": "a", "rating": 3, "at": "2025-01-01T09:00:00"}"#, "standard input:2: field 'at' must be an ISO-8601 date and time with a time zone"),
            (#"{"card": "a", "rating": 3, "at": "2025-02-30T09:00:00Z"}"#, "standard input:2: field 'at'"),
            (#"{"card": 7, "rating": 3, "at": "2025-01-03T09:00:00Z"}"#, "standard input:2: field 'card' must be a non-empty string"),
            (#"{"rating": 3, "at": "2025-01-03T09:00:00Z"}"#, "standard input:2: missing field 'card'"),
            (#"{"card": "a", "rating": 3, "at": "2025-01-03T09:00:00Z""#, "standard input:2: invalid JSON after field 'at'"),
            ("not json", "standard input:2: not a JSON object"),
            (#"{"card": "a", "rating": 3, "at": "2025-01-01T09:00:00Z"}"#,
             "standard input:2: card 'a' is reviewed at 2025-01-01T09:00:00Z, before its previous review at 2025-01-02T09:00:00Z"),
        ]
        for (bad, message) in cases {
            let run = try coach("schedule", "replay", "-", input: good + "\n" + bad + "\n" + good + "\n")
            #expect(run.status == 1, "\(bad)")
            #expect(run.stderr.contains(message), "\(bad): \(run.stderr)")
            #expect(Self.jsonLines(run.stdout).count == 1, "the lines before the bad one are replayed")
        }
        let long = #"{"card": "a", "rating": 3, "at": "2025-01-01T09:00:00Z", "note": "\#(String(repeating: "x", count: 70_000))"}"#
        let tooLong = try coach("schedule", "replay", "-", input: long + "\n")
        #expect(tooLong.status == 1)
        #expect(tooLong.stderr.contains("standard input:1: the line is over 65536 bytes"))
    }

    @Test func scheduleReplayUsageErrorsExitWithTwo() throws {
        let usage: [[String]] = [
            ["/no/such/log.jsonl"],
            ["-", "--learning-steps", "5x"],
            ["-", "--desired-retention", "1.5"],
            ["-", "--parameters", "0.2,1.3"],
            ["-", "--parameters", "0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.9,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542"],
            ["-", "--maximum-interval", "0"],
            ["-", "--seed", "3"],
            ["-", "--format", "yaml"],
        ]
        for arguments in usage {
            let run = try coach(["schedule", "replay"] + arguments, input: "")
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
        }
        #expect(try coach("schedule", "replay", "-", "--parameters", "0.2,1.3").stderr.contains("21 weights"))
        #expect(try coach("schedule", "replay", "-", "--learning-steps", "5x").stderr.contains("'5x' is not a duration"))
        #expect(try coach("schedule", "replay", "/no/such/log.jsonl").stderr.contains("/no/such/log.jsonl: no such file"))
    }
}

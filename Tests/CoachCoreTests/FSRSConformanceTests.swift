import Foundation
import Testing
@testable import CoachCore

/// Replays the reference vectors written by py-fsrs (`scripts/fsrs-vectors.sh`) through the
/// scheduler: every review must leave the same stability and difficulty (to 1e-6), the same
/// state and step, and the same due date to the millisecond, with fuzz off.
@Suite struct FSRSConformanceTests {
    struct VectorFile: Decodable {
        var fsrsVersion: String
        var columns: [String]
        var sequences: [Sequence]

        enum CodingKeys: String, CodingKey {
            case columns, sequences
            case fsrsVersion = "fsrs_version"
        }
    }

    struct Sequence: Decodable {
        var name: String
        var scheduler: Settings
        /// One row a review, in the order of `VectorFile.columns`.
        var reviews: [[Double?]]
    }

    /// py-fsrs's `Scheduler.to_dict()`, steps in seconds.
    struct Settings: Decodable {
        var parameters: [Double]
        var desiredRetention: Double
        var learningSteps: [Double]
        var relearningSteps: [Double]
        var maximumInterval: Int

        enum CodingKeys: String, CodingKey {
            case parameters
            case desiredRetention = "desired_retention"
            case learningSteps = "learning_steps"
            case relearningSteps = "relearning_steps"
            case maximumInterval = "maximum_interval"
        }
    }

    /// One row of a sequence: the review, then the card as py-fsrs left it.
    struct Expected {
        var rating: Rating
        var at: Date
        var state: CardState
        var step: Int?
        var stability: Double
        var difficulty: Double
        var retrievability: Double
        var dueMilliseconds: Int64

        init(_ row: [Double?]) throws {
            func number(_ column: Int) throws -> Double { try #require(row[column], "column \(column) is null") }
            rating = try #require(Rating(rawValue: Int(try number(0))))
            at = Date(timeIntervalSince1970: try number(1) / 1000)
            // py-fsrs numbers its states 1 learning, 2 review, 3 relearning.
            let states: [Double: CardState] = [1: .learning, 2: .review, 3: .relearning]
            state = try #require(states[try number(2)])
            step = row[3].map { Int($0) }
            stability = try number(4)
            difficulty = try number(5)
            retrievability = try number(6)
            dueMilliseconds = Int64(try number(7))
        }
    }

    static func loadVectors() throws -> VectorFile {
        let url = FixturePaths.fixtures.appendingPathComponent("fsrs-vectors.json")
        return try JSONDecoder().decode(VectorFile.self, from: Data(contentsOf: url))
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    @Test func everyReviewMatchesPyFSRS() throws {
        let vectors = try Self.loadVectors()
        #expect(vectors.columns == ["rating", "at_ms", "state", "step", "stability", "difficulty", "retrievability", "due_ms"])
        #expect(vectors.sequences.count >= 400)
        var reviews = 0
        var worst = (stability: 0.0, difficulty: 0.0, retrievability: 0.0)
        for sequence in vectors.sequences {
            let settings = sequence.scheduler
            let scheduler = Scheduler(parameters: try FSRSParameters(
                weights: settings.parameters, desiredRetention: settings.desiredRetention,
                learningSteps: settings.learningSteps, relearningSteps: settings.relearningSteps,
                maximumInterval: settings.maximumInterval))
            var card: SchedulingCard?
            for (index, row) in sequence.reviews.enumerated() {
                let expected = try Expected(row)
                let before = card ?? SchedulingCard(due: expected.at)
                let (after, log) = scheduler.review(card: before, rating: expected.rating, at: expected.at)
                let place = "\(sequence.name) review \(index + 1)"
                let stabilityError = abs(try #require(after.stability) - expected.stability)
                let difficultyError = abs(try #require(after.difficulty) - expected.difficulty)
                let retrievabilityError = abs(log.retrievability - expected.retrievability)
                worst = (max(worst.stability, stabilityError), max(worst.difficulty, difficultyError),
                         max(worst.retrievability, retrievabilityError))
                let matches = after.state == expected.state && after.step == expected.step
                    && stabilityError <= 1e-6 && difficultyError <= 1e-6 && retrievabilityError <= 1e-6
                    && Self.milliseconds(after.due) == expected.dueMilliseconds
                    && log.retrievability == scheduler.retrievability(of: before, at: expected.at)
                #expect(matches, "\(place): got \(after), expected \(expected)")
                // Later reviews of a card that has diverged only repeat the same failure.
                guard matches else { break }
                card = after
                reviews += 1
            }
        }
        #expect(reviews >= 10_000)
        print("FSRS conformance (py-fsrs \(vectors.fsrsVersion)): \(vectors.sequences.count) sequences, \(reviews) reviews; "
            + "largest differences: stability \(worst.stability), difficulty \(worst.difficulty), retrievability \(worst.retrievability)")
    }
}

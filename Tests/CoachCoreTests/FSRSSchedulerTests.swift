import Foundation
import Testing
@testable import CoachCore

/// What the reference vectors cannot show: fuzz, parameter checks, and the model's anchors.
@Suite struct FSRSSchedulerTests {
    static let start = Date(timeIntervalSince1970: 1_735_722_000) // 2025-01-01 09:00 UTC
    static let day: TimeInterval = 86_400

    /// Counts draws, to show that a scheduler without fuzz never asks for randomness.
    struct CountingSource: RandomSource {
        var draws = 0
        var inner = SeededRandomSource(seed: 1)
        mutating func next() -> UInt64 {
            draws += 1
            return inner.next()
        }
    }

    /// Reviews one card `count` times, each time on its due date, rating it `rating`.
    static func dueDates(_ scheduler: Scheduler, rating: Rating = .good, count: Int, random: inout some RandomSource) -> [Date] {
        var card = SchedulingCard(due: start)
        var dues: [Date] = []
        for _ in 0..<count {
            card = scheduler.review(card: card, rating: rating, at: card.due, random: &random).card
            dues.append(card.due)
        }
        return dues
    }

    static func fuzzing(maximumInterval: Int = 36500) throws -> Scheduler {
        Scheduler(parameters: try FSRSParameters(maximumInterval: maximumInterval, enableFuzzing: true))
    }

    @Test func aNewCardFollowsTheLearningStepsThenGraduates() {
        let scheduler = Scheduler()
        let first = scheduler.review(card: SchedulingCard(due: Self.start), rating: .good, at: Self.start)
        #expect(first.card.state == .learning && first.card.step == 1)
        #expect(first.card.stability == FSRSParameters.defaultWeights[2], "a first 'good' starts at w2")
        #expect(first.card.due == Self.start.addingTimeInterval(600), "the second learning step is 10 minutes")
        #expect(first.log.retrievability == 0, "a new card has nothing to recall yet")

        let hard = scheduler.review(card: SchedulingCard(due: Self.start), rating: .hard, at: Self.start)
        #expect(hard.card.due == Self.start.addingTimeInterval(330), "hard on the first step waits halfway between 1 and 10 minutes")

        let second = scheduler.review(card: first.card, rating: .good, at: first.card.due)
        #expect(second.card.state == .review && second.card.step == nil)
        #expect(second.card.due > first.card.due.addingTimeInterval(Self.day - 1))
    }

    @Test func aLapseSendsAReviewCardToRelearningWithLowerStability() {
        let scheduler = Scheduler()
        var card = SchedulingCard(due: Self.start)
        card = scheduler.review(card: card, rating: .easy, at: Self.start).card
        let lapse = scheduler.review(card: card, rating: .again, at: card.due).card
        #expect(lapse.state == .relearning && lapse.step == 0)
        #expect(lapse.stability! < card.stability!)
        #expect(lapse.difficulty! > card.difficulty!)
        #expect(lapse.due == card.due.addingTimeInterval(600))
    }

    @Test func retrievabilityIsNinetyPercentAfterStabilityDays() {
        let scheduler = Scheduler()
        let card = SchedulingCard(state: .review, step: nil, stability: 12, difficulty: 5, due: Self.start, lastReview: Self.start)
        #expect(abs(scheduler.retrievability(of: card, at: Self.start.addingTimeInterval(12 * Self.day)) - 0.9) < 1e-12)
        #expect(scheduler.retrievability(of: card, at: Self.start.addingTimeInterval(Self.day - 1)) == 1, "whole days only")
        #expect(scheduler.retrievability(of: card, at: Self.start.addingTimeInterval(40 * Self.day)) < 0.9)
        #expect(scheduler.interval(forStability: 12) == 12, "at 90% retention the interval is the stability")
    }

    @Test func elapsedDaysAreFlooredLikePythonTimedelta() {
        let from = Self.start
        #expect(Scheduler.elapsedDays(from: from, to: from.addingTimeInterval(Self.day - 0.001)) == 0)
        #expect(Scheduler.elapsedDays(from: from, to: from.addingTimeInterval(Self.day)) == 1)
        #expect(Scheduler.elapsedDays(from: from, to: from.addingTimeInterval(-1)) == -1)
        let fractional = Date(timeIntervalSince1970: 1_735_722_000.123)
        #expect(Scheduler.elapsedDays(from: fractional, to: fractional.addingTimeInterval(3 * Self.day)) == 3)
    }

    @Test func withoutFuzzNoRandomnessIsDrawn() throws {
        var counter = CountingSource()
        _ = Self.dueDates(Scheduler(), count: 30, random: &counter)
        #expect(counter.draws == 0)
        var again = CountingSource()
        _ = Self.dueDates(try Self.fuzzing(), rating: .again, count: 10, random: &again)
        #expect(again.draws == 0, "learning steps and intervals under 2.5 days are never fuzzed")
    }

    @Test func aSeedReproducesTheFuzzAndAnotherSeedChangesIt() throws {
        let scheduler = try Self.fuzzing()
        var first = SeededRandomSource(seed: 42)
        var same = SeededRandomSource(seed: 42)
        var other = SeededRandomSource(seed: 43)
        let dues = Self.dueDates(scheduler, count: 20, random: &first)
        #expect(dues == Self.dueDates(scheduler, count: 20, random: &same))
        #expect(dues != Self.dueDates(scheduler, count: 20, random: &other))
        var unfuzzed = SeededRandomSource(seed: 42)
        #expect(dues != Self.dueDates(Scheduler(), count: 20, random: &unfuzzed), "fuzz on changes the schedule")
    }

    @Test func fuzzRangesFollowFSRS() throws {
        let scheduler = try Self.fuzzing()
        #expect(scheduler.fuzzRange(days: 1) == 1...1)
        #expect(scheduler.fuzzRange(days: 2) == 2...2)
        #expect(scheduler.fuzzRange(days: 3) == 2...4)     // ±(1 + 0.15 × 0.5)
        #expect(scheduler.fuzzRange(days: 10) == 8...12)   // ±(1 + 0.15 × 4.5 + 0.1 × 3)
        #expect(scheduler.fuzzRange(days: 100) == 93...107) // ±(1 + 0.675 + 1.3 + 0.05 × 80)
        #expect(try Self.fuzzing(maximumInterval: 100).fuzzRange(days: 100) == 93...100)
    }

    @Test func fuzzedIntervalsStayInRangeAndCoverIt() throws {
        // The same card reviewed with and without fuzz: the memory state is the same, and the
        // fuzzed interval falls within the range around the plain one, reaching both ends.
        let plain = Scheduler(parameters: try FSRSParameters(maximumInterval: 40))
        let fuzzed = try Self.fuzzing(maximumInterval: 40)
        var random = SeededRandomSource(seed: 7)
        var seen: [Int: Set<Int>] = [:]
        for trial in 0..<400 {
            var card = SchedulingCard(due: Self.start)
            for review in 0..<12 {
                let rating: Rating = (trial + review) % 5 == 0 ? .hard : .good
                let expected = plain.review(card: card, rating: rating, at: card.due).card
                let actual = fuzzed.review(card: card, rating: rating, at: card.due, random: &random).card
                #expect(actual.stability == expected.stability && actual.difficulty == expected.difficulty)
                if expected.state == .review {
                    let days = Int((expected.due.timeIntervalSince(card.due) / Self.day).rounded())
                    let fuzzedDays = Int((actual.due.timeIntervalSince(card.due) / Self.day).rounded())
                    #expect(fuzzed.fuzzRange(days: days).contains(fuzzedDays), "\(fuzzedDays) days for \(days)")
                    seen[days, default: []].insert(fuzzedDays)
                } else {
                    #expect(actual.due == expected.due)
                }
                card = expected
            }
        }
        #expect(seen[40] == Set(36...40), "capped at the maximum interval")
        let common = try #require(seen.filter { $0.key >= 3 }.max { $0.value.count < $1.value.count })
        #expect(common.value == Set(fuzzed.fuzzRange(days: common.key)))
    }

    @Test func parametersAreCheckedWithClearErrors() {
        var weights = FSRSParameters.defaultWeights
        #expect(throws: FSRSParameterError.wrongWeightCount(20)) { try FSRSParameters(weights: Array(weights.dropLast())) }
        weights[7] = 0.9
        #expect(throws: FSRSParameterError.weightOutOfRange(index: 7, value: 0.9, allowed: 0.001...0.75)) { try FSRSParameters(weights: weights) }
        weights[7] = .nan
        #expect(throws: FSRSParameterError.self) { try FSRSParameters(weights: weights) }
        #expect(throws: FSRSParameterError.desiredRetentionOutOfRange(1)) { try FSRSParameters(desiredRetention: 1) }
        #expect(throws: FSRSParameterError.desiredRetentionOutOfRange(0)) { try FSRSParameters(desiredRetention: 0) }
        #expect(throws: FSRSParameterError.stepNotPositive(0)) { try FSRSParameters(relearningSteps: [0]) }
        #expect(throws: FSRSParameterError.stepNotPositive(-60)) { try FSRSParameters(learningSteps: [60, -60]) }
        #expect(throws: FSRSParameterError.maximumIntervalTooShort(0)) { try FSRSParameters(maximumInterval: 0) }
        #expect(FSRSParameterError.weightOutOfRange(index: 7, value: 0.9, allowed: 0.001...0.75).description
            == "weight w7 is 0.9; it must be between 0.001 and 0.75")
        #expect(FSRSParameterError.wrongWeightCount(20).description.contains("21 weights"))
        #expect(FSRSParameters.standard.learningSteps == [60, 600] && FSRSParameters.standard.maximumInterval == 36500)
    }
}

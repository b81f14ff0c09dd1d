import Foundation
import Testing
@testable import CoachCore

@Suite struct PracticeTests {
    static let library = ContentLibrary(builtin: PackLoader.loadBuiltin().pack)
    static let grader = AnswerGrader(library: library)

    static let fraudQuestion = "Design a fraud detection system for card payments."
    static let strongAnswer = """
        The goal is to cut fraud losses without blocking honest customers, because a false decline costs a sale and trust. \
        The main constraint is latency: the decision must come back within about 100 ms at peak traffic. \
        I'd start with a gradient boosted tree on transaction features as a baseline, since it is fast and strong on tabular data. \
        It works because fraud shows up as unusual combinations of amount, merchant and device that trees split on well. \
        Then I'd iterate by adding graph features on shared devices, which catch fraud rings that single transactions hide. \
        One risk is drift as fraudsters adapt, so I'd monitor the score distribution and retrain weekly; labels arrive late \
        through chargebacks, so evaluation uses a matured window. \
        So I'd ship the tree with a threshold set from the cost of a missed fraud against a blocked purchase, and revisit it monthly.
        """

    func grade(_ answer: String, question: String = fraudQuestion, archetype: ArchetypeID = .design) throws -> Grade {
        try Self.grader.grade(answer: answer, for: AnswerGrader.Prompt(question: question, archetype: archetype, scope: .open, keyPoints: []))
    }

    // MARK: - Rating proposals

    @Test func ratingFollowsTheDocumentedThresholds() throws {
        let empty = try grade("")
        #expect(RatingProposal.propose(for: empty).rating == .again)
        var graded = try grade(Self.strongAnswer)
        for (overall, expected) in [(10, Rating.again), (39, .again), (40, .hard), (59, .hard), (60, .good), (84, .good), (85, .easy), (100, .easy)] {
            graded.scores.overall = overall
            #expect(RatingProposal.propose(for: graded).rating == expected, "overall \(overall)")
        }
        graded.scores.overall = 90
        #expect(RatingProposal.propose(for: graded, seconds: 400, limit: 300).rating == .good, "over time caps at Good")
        #expect(RatingProposal.propose(for: graded, seconds: 200, limit: 300).rating == .easy)
    }

    // MARK: - Follow-ups

    @Test func followUpsPressOnTheGapsOfTheAnswer() throws {
        let noRisks = "The goal is fewer fraud losses. I'd start with logistic regression as a baseline, then gradient boosted trees. So I'd ship the trees."
        let picked = FollowUpPicker.followUps(for: try grade(noRisks), question: nil, count: 3)
        #expect(picked.contains { $0.because == "failure-modes" || $0.because == FailureModeID.missingFailureModes.rawValue })
        #expect(picked.first?.text == "What could go wrong with this, and how would you find out?")

        let strong = FollowUpPicker.followUps(for: try grade(Self.strongAnswer), question: nil, count: 3)
        #expect(!strong.contains { $0.because == "failure-modes" }, "a strong answer names its risks: \(strong)")
    }

    @Test func followUpsFallBackToTheQuestionsOwn() throws {
        let question = try #require(Self.library.questions.first { !$0.followUps.isEmpty && $0.keyPoints.isEmpty == false })
        let prompt = AnswerGrader.Prompt(question: question.text, archetype: question.archetype ?? .why, scope: .focused,
                                         keyPoints: question.keyPoints)
        let grade = try Self.grader.grade(answer: question.reference ?? "", for: prompt)
        let picked = FollowUpPicker.followUps(for: grade, question: question, count: 5)
        #expect(picked.contains { $0.because == "question" && question.followUps.contains($0.text) })
    }

    // MARK: - Mock interviews

    @Test func mockPlanMixesArchetypesWithinTheTimeAndIsReproducible() {
        var first = SeededGenerator(seed: 7)
        var second = SeededGenerator(seed: 7)
        let plan = MockPlanner.plan(minutes: 45, questions: Self.library.questions, using: &first)
        let again = MockPlanner.plan(minutes: 45, questions: Self.library.questions, using: &second)
        #expect(plan == again)
        #expect(plan.slots.count == 4)
        #expect([.design, .train].contains(plan.slots[0].archetype))
        #expect(plan.slots.map(\.archetype).dropFirst() == [.debug, .why, .tradeoff])
        #expect(Set(plan.slots.map(\.questionID)).count == 4)
        let total = plan.slots.map(\.seconds).reduce(0, +)
        #expect(abs(total - 45 * 60) <= 2)
        #expect(plan.slots[0].seconds > plan.slots[2].seconds)

        var third = SeededGenerator(seed: 7)
        let short = MockPlanner.plan(minutes: 15, questions: Self.library.questions, using: &third)
        #expect(short.slots.count == 3)
    }

    @Test func scorecardJustifiesEachDimensionFromTheAnswers() throws {
        let strong = try grade(Self.strongAnswer)
        let weak = try grade("Um, you could use a neural network or trees or maybe logistic regression, there are many options.")
        let good = MockScorer.scorecard([
            MockAnswer(label: "Q1", grade: strong, seconds: 200, budgetSeconds: 600),
            MockAnswer(label: "Q2", grade: strong, seconds: 250, budgetSeconds: 600),
        ])
        let poor = MockScorer.scorecard([
            MockAnswer(label: "Q1", grade: weak, seconds: 900, budgetSeconds: 600),
            MockAnswer(label: "Q2", grade: nil, seconds: 0, budgetSeconds: 600),
        ])
        #expect(good.dimensions.map(\.id) == MockScorecard.DimensionID.allCases)
        #expect(good.dimensions.allSatisfy { (1...5).contains($0.score) && !$0.justification.isEmpty })
        #expect(good.overall > poor.overall, "\(good.overall) vs \(poor.overall)")
        let composure = try #require(poor.dimensions.first { $0.id == .composure })
        #expect(composure.score == 1)
        #expect(composure.justification.contains("over time on Q1"))
        let assumptions = try #require(good.dimensions.first { $0.id == .assumptions })
        #expect(assumptions.score >= 4, "\(assumptions)")
    }

    // MARK: - Drill queue and blind checks

    @Test func queueTakesDueCardsFirstThenNewQuestionsFromUnseenTopics() throws {
        let library = Self.library
        let due = ["rag-chunk-size-start", "not-a-question"]
        let practised = Set(library.questions.filter { $0.topics.first == "05" }.map(\.id) + due)
        let queue = PracticeQueue.next(library: library, due: due, practised: practised, progress: [:],
                                       filter: PracticeFilter(), limit: 6)
        #expect(queue.first?.id == "rag-chunk-size-start")
        #expect(queue.count == 6)
        #expect(Set(queue.map(\.id)).count == 6, "no question twice")
        #expect(!queue.dropFirst().contains { practised.contains($0.id) }, "new questions are ones never practised")
        let leads = queue.dropFirst().compactMap(\.topics.first)
        #expect(Set(leads).count == leads.count, "one question from each topic in turn")

        let filtered = PracticeQueue.next(library: library, due: due, practised: [], progress: [:],
                                          filter: PracticeFilter(topic: "30", archetype: .design), limit: 50)
        #expect(!filtered.isEmpty)
        #expect(filtered.allSatisfy { $0.topics.contains("30") && $0.archetype == .design })
        #expect(PracticeQueue.next(library: library, due: [], practised: [], progress: [:],
                                   filter: PracticeFilter(source: .imported), limit: 5).isEmpty, "nothing imported yet")
    }

    @Test func blindCheckScoresArchetypeAndTopicsAndNamesWhatWasMissed() throws {
        let router = try QuestionRouter.builtin(library: Self.library)
        let question = try #require(Self.library.questions.first { $0.archetype == .design && $0.topics.count >= 3 })
        let routing = try router.route(question.text)
        let perfect = BlindCheck.score(namedArchetype: .design, namedTopics: question.topics, question: question, routing: routing)
        #expect(perfect.score == 100)
        #expect(perfect.missedTopics.isEmpty)
        let partial = BlindCheck.score(namedArchetype: .why, namedTopics: [question.topics[0], "59"], question: question, routing: routing)
        #expect(!partial.archetypeCorrect)
        #expect(partial.foundTopics == [question.topics[0]])
        #expect(partial.missedTopics == Array(question.topics.dropFirst()))
        #expect(partial.score == Int((50.0 / Double(question.topics.count)).rounded()))
        #expect(partial.unexpectedTopics.contains("59") || routing.topics.prefix(5).contains { $0.number == "59" })
    }

    // MARK: - Study plans

    @Test func planPutsUnseenTopicsFirstThenTheWeakestAndAddsWeeklyMocks() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let start = try #require(calendar.date(from: DateComponents(year: 2026, month: 12, day: 1, hour: 9)))
        let end = try #require(calendar.date(byAdding: .day, value: 13, to: start))
        var progress: [String: TopicProgress] = [:]
        for topic in Self.library.topics where !Self.library.questions(inTopic: topic.number).isEmpty {
            progress[topic.number] = TopicProgress(attempts: 3, averageScore: 80)
        }
        progress["39"] = TopicProgress(attempts: 2, averageScore: 35)
        progress["05"] = nil
        let plan = StudyPlanner.plan(from: start, until: end, minutesPerDay: 60, library: Self.library, mastery: progress,
                                     dueByDay: ["2026-12-01": 4], calendar: calendar)
        #expect(plan.days.count == 14)
        #expect(plan.days.first?.date == "2026-12-01")
        #expect(plan.days.last?.date == "2026-12-14")
        #expect(plan.days[0].topic?.number == "05", "the unseen topic comes first")
        #expect(plan.days[1].topic?.number == "39", "then the weakest")
        #expect(plan.days[0].reviewsDue == 4)
        #expect(plan.days.filter(\.mock).map(\.date) == ["2026-12-07", "2026-12-14"])
        #expect(plan.days.allSatisfy { !$0.grill.isEmpty && $0.crossTopic != nil })
        #expect(plan.days[0].grill.allSatisfy { id in Self.library.question(id: id.id)?.topics.first == "05" })
    }

    @Test func calendarFileEscapesAndFoldsLines() throws {
        let plan = StudyPlan(until: "2026-12-02", minutesPerDay: 30, days: [
            .init(date: "2026-12-02", topic: .init(number: "39", slug: "rag", title: "RAG, retrieval; and more", reason: "not practised yet"),
                  reviewsDue: 2, grill: [.init(id: "x", text: String(repeating: "long question text ", count: 10))],
                  crossTopic: nil, mock: true, minutes: 30),
        ])
        let ics = CalendarFile.ics(for: plan, stamp: Date(timeIntervalSince1970: 0))
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20261202"))
        #expect(ics.contains("DTSTAMP:19700101T000000Z"))
        #expect(ics.contains("RAG\\, retrieval\\; and more"))
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(ics.contains("\r\n "), "long lines are folded")
    }

    @Test func sparklineScalesAndLeavesGaps() {
        #expect(Sparkline.render([0, 50, 100]) == "▁▅█")
        #expect(Sparkline.render([1, nil, 1]) == "▅ ▅")
        #expect(Sparkline.render([]) == "")
        #expect(Sparkline.render([10, 20], low: 0, high: 100) == "▂▂")
    }
}

/// A small deterministic generator (SplitMix64) for tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import Foundation
import Testing
@testable import CoachCore

@Suite struct GraderTests {
    static let library = ContentLibrary(builtin: PackLoader.loadBuiltin().pack)
    static let grader = AnswerGrader(library: library)

    static let chunkPoints = [
        KeyPoint(text: "Overlap keeps a fact that straddles a chunk boundary whole in one chunk"),
        KeyPoint(text: "Ten to twenty percent overlap is a common setting"),
        KeyPoint(text: "Overlap costs extra storage and index size"),
    ]

    func focused(_ points: [KeyPoint] = chunkPoints) -> AnswerGrader.Prompt {
        AnswerGrader.Prompt(question: "Why overlap chunks in RAG?", archetype: .why, scope: .focused, keyPoints: points)
    }

    func open(_ question: String, _ archetype: ArchetypeID) -> AnswerGrader.Prompt {
        AnswerGrader.Prompt(question: question, archetype: archetype, scope: .open, keyPoints: [])
    }

    @Test func paraphraseCoversKeyPointsAndScoresRiseWithEachPoint() throws {
        let one = "Overlapping adjacent chunks means a fact split across the boundary between two chunks still appears whole in one of them."
        let two = one + " Most teams use somewhere between 10 and 20 percent overlap."
        let three = two + " The price is more storage, since the index holds duplicated text."
        let scores = try [one, two, three].map { try Self.grader.grade(answer: $0, for: focused()).scores.coverage ?? -1 }
        #expect(scores[0] < scores[1] && scores[1] < scores[2], "\(scores)")
        #expect(scores[2] >= 80)
        let grade = try Self.grader.grade(answer: three, for: focused())
        let uncovered = grade.keyPoints.filter { !$0.covered }
        #expect(uncovered.isEmpty)
    }

    @Test func abbreviationsMatchTheirExpansions() throws {
        let prompt = AnswerGrader.Prompt(question: "What grows with context length at inference?", archetype: .why, scope: .focused,
                                         keyPoints: [KeyPoint(text: "The key-value cache grows linearly with sequence length")])
        let grade = try Self.grader.grade(answer: "The KV cache grows linearly as the sequence gets longer.", for: prompt)
        #expect(grade.keyPoints[0].covered)
    }

    @Test func anInstructionIsAClaim() throws {
        let prompt = AnswerGrader.Prompt(question: "What chunk size would you start with?", archetype: .why, scope: .focused,
                                         keyPoints: [KeyPoint(text: "Start around 512 tokens per chunk and tune on an eval set")])
        let grade = try Self.grader.grade(answer: "Start with 512-token chunks and tune them on an eval set.", for: prompt)
        #expect(grade.keyPoints[0].covered)
    }

    @Test func keywordSaladAndEvasionScoreNearZero() throws {
        let salad = "Overlap, chunk boundary, fact, ten twenty percent, storage, index size, straddles, whole chunk, basically all that."
        let saladGrade = try Self.grader.grade(answer: salad, for: focused())
        #expect((saladGrade.scores.coverage ?? 100) <= 10)
        #expect(saladGrade.scores.overall <= 10)
        let evasive = "It really depends on the data and the use case. There are trade-offs either way, so I'd experiment and see what works."
        let evasiveGrade = try Self.grader.grade(answer: evasive, for: focused())
        #expect(evasiveGrade.scores.overall <= 15)
        let offTopic = "BM25 scores documents by term frequency and inverse document frequency, with saturation and length normalization."
        let offTopicGrade = try Self.grader.grade(answer: offTopic, for: focused())
        #expect((offTopicGrade.scores.coverage ?? 100) < 30)
    }

    @Test func evidenceOffsetsAreUnicodeScalarsOfTheAnswer() throws {
        let answer = "🙂 Café first. Overlap keeps a fact that straddles a chunk boundary whole in one chunk, which matters for recall."
        let grade = try Self.grader.grade(answer: answer, for: focused())
        let scalars = Array(answer.unicodeScalars)
        let evidence = try #require(grade.keyPoints[0].evidence.first)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text)
        #expect(evidence.text.hasPrefix("Overlap keeps"))
    }

    @Test func everyMoveAndFailureModeIsAlwaysListed() throws {
        for answer in ["", "Yes.", String(repeating: "We start with a baseline because it is cheap. ", count: 20)] {
            let grade = try Self.grader.grade(answer: answer, for: open("Design a spam filter", .design))
            #expect(grade.moves.map(\.id) == MoveID.allCases)
            #expect(grade.failureModes.map(\.id) == FailureModeID.allCases)
        }
    }

    @Test func emptyAndOverlongAnswers() throws {
        let empty = try Self.grader.grade(answer: "  ", for: focused())
        #expect(empty.scores.overall == 0)
        #expect(empty.notes.contains { $0.contains("empty") })
        let limit = AnswerGrader.maximumAnswerLength
        #expect(throws: AnswerGrader.GradeError.tooLong(limit + 1)) {
            try Self.grader.grade(answer: String(repeating: "a", count: limit + 1), for: focused())
        }
    }

    @Test func listingWithoutJudgmentIsFoundAndAChoiceFixesIt() throws {
        let prompt = open("How would you model churn for a subscription app?", .design)
        let listing = "The goal is to keep subscribers. We could use logistic regression, random forests, gradient boosting, or a neural network. Each has pros and cons."
        let graded = try Self.grader.grade(answer: listing, for: prompt)
        let mode = try #require(graded.failureModes.first { $0.id == .listingWithoutJudgment })
        #expect(mode.present)
        #expect(mode.evidence.first?.text.contains("random forests") == true)
        #expect(graded.advice.contains { $0.contains("chose none") })
        let chosen = listing + " I'd start with gradient boosting because the features are tabular and it is a strong default."
        let chosenGrade = try Self.grader.grade(answer: chosen, for: prompt)
        #expect(chosenGrade.failureModes.first { $0.id == .listingWithoutJudgment }?.present == false)
    }

    @Test func namingWithoutExplainingNeedsAnAccountOfTheTechnique() throws {
        let prompt = AnswerGrader.Prompt(question: "How do you cut attention memory?", archetype: .why, scope: .focused, keyPoints: [])
        let named = try Self.grader.grade(answer: "I'd use FlashAttention.", for: prompt)
        #expect(named.failureModes.first { $0.id == .namingWithoutExplaining }?.present == true)
        let explained = "FlashAttention computes attention in tiles that stay in on-chip memory, so it never writes the full score matrix and memory grows linearly with length."
        let explainedGrade = try Self.grader.grade(answer: explained, for: prompt)
        #expect(explainedGrade.failureModes.first { $0.id == .namingWithoutExplaining }?.present == false)
    }

    @Test func overEngineeringIsHeavyMachineryBeforeABaseline() throws {
        let prompt = open("Design a system to recommend articles to readers.", .design)
        let heavy = "Readers want relevant articles. I'd build a graph neural network over users and articles with a multi-tower transformer from day one. Then we can tune it."
        let heavyGrade = try Self.grader.grade(answer: heavy, for: prompt)
        #expect(heavyGrade.failureModes.first { $0.id == .overEngineering }?.present == true)
        let staged = "Readers want relevant articles. I'd start with a popularity baseline per section. Only if that plateaus would I build a graph neural network over users and articles."
        let stagedGrade = try Self.grader.grade(answer: staged, for: prompt)
        #expect(stagedGrade.failureModes.first { $0.id == .overEngineering }?.present == false)
    }

    @Test func aStrongOpenAnswerMakesTheMovesAndOutscoresAWeakOne() throws {
        let prompt = open("Design a fraud detector for card payments.", .design)
        let strong = """
            The goal is to stop fraud losses without blocking honest customers, because every false decline costs a sale and trust.
            The constraint is latency: the decision must come back within about 100 milliseconds at peak traffic.
            The principle is cost asymmetry: a missed fraud costs the amount, a false decline costs the margin and the customer.
            I'd start with a gradient boosted tree on transaction and account features as a baseline.
            Then I'd add graph features on shared devices, and after that a sequence model over recent activity.
            One risk is that fraudsters adapt and the model drifts, so I'd monitor the score distribution and retrain weekly.
            Another is delayed labels from chargebacks, so I'd evaluate on a matured window to avoid biased metrics.
            So I'd go with the boosted tree first, because it is fast, strong on tabular data and easy to explain to analysts.
            """
        let weak = "Fraud detection is important. There are many models. It depends on the data."
        let strongGrade = try Self.grader.grade(answer: strong, for: prompt)
        let weakGrade = try Self.grader.grade(answer: weak, for: prompt)
        #expect(strongGrade.moves.filter(\.present).count >= 6, "\(strongGrade.moves.filter { !$0.present }.map(\.id))")
        #expect(strongGrade.failureModes.filter(\.present).isEmpty, "\(strongGrade.failureModes.filter(\.present).map(\.id))")
        #expect((strongGrade.scores.structure ?? 0) > (weakGrade.scores.structure ?? 100))
        #expect(strongGrade.scores.overall > weakGrade.scores.overall + 40)
        #expect(weakGrade.failureModes.first { $0.id == .missingFailureModes }?.present == true || weakGrade.stats.words < 25)
    }

    @Test func statsCountWordsTimeFillersAndHedges() throws {
        let answer = "Basically I think we should, like, maybe cache the results. " + String(repeating: "word ", count: 800)
        let stats = try Self.grader.grade(answer: answer, for: focused()).stats
        #expect(stats.words == 810)
        #expect(abs(stats.speakingMinutes - 810.0 / 150) < 0.01)
        #expect(stats.fillersPer100Words > 0 && stats.hedgesPer100Words > 0)
        #expect(stats.fitsFiveMinutes == false)
    }

    @Test func gradingIsDeterministic() throws {
        let answer = "- Overlap keeps boundary facts whole.\n- Use 10 to 20 percent.\n- It costs storage."
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let first = try encoder.encode(try Self.grader.grade(answer: answer, for: focused()))
        let second = try encoder.encode(try AnswerGrader(library: Self.library).grade(answer: answer, for: focused()))
        #expect(first == second)
    }
}

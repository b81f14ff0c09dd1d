/// Grades a typed answer: key points covered, moves made, framework steps taken, failure
/// modes fallen into — each with the user's own sentences as evidence — plus scores, the one to
/// three changes that would help most, and speaking stats. Deterministic and pure.
///
/// Scores (0–100):
/// - coverage: the mean credit of the key points. A point stated in one claim (or two adjacent
///   sentences) earns 1; a partial statement earns up to 0.6; terms without a claim earn 0.
/// - structure (open questions only): 70 × moves made / 7 + 20 × framework steps taken / steps
///   + 10 when those steps come in the framework's order.
/// - overall: open — 0.55 × coverage + 0.45 × structure (structure alone without key points);
///   focused — coverage (without key points, a form-only estimate from the claims made).
///   Each failure mode present costs 7 points. An answer with no claims at all (a keyword salad)
///   is capped at 10, an evasive answer that covers nothing at 15, one under ten words at 10.
public struct AnswerGrader: Sendable {
    /// Answers longer than this are refused with a message: about 15,000 words, far beyond any
    /// spoken answer, yet a bound on the work one request can ask for.
    public static let maximumAnswerLength = 100_000
    /// Speaking pace used for the time estimate.
    public static let wordsPerMinute = 150
    static let failureModePenalty = 7.0

    public let library: ContentLibrary
    private let coverage: CoverageGrader
    private let moves: MoveDetector
    private let failures: FailureModeDetector
    private let fillers = PhraseSpotter(AnswerLexicon.fillers, value: true)
    private let hedges = PhraseSpotter(AnswerLexicon.hedges, value: true)
    private let evasions = PhraseSpotter(AnswerLexicon.evasions, value: true)
    /// Each archetype's framework steps, with a spotter for the words that show each step.
    private let stepSpotters: [ArchetypeID: [(step: FrameworkStep, spotter: PhraseSpotter<Bool>)]]

    public enum GradeError: Error, CustomStringConvertible, Equatable {
        case tooLong(Int)

        public var description: String {
            switch self {
            case let .tooLong(length): "the answer is \(length) characters; answers are limited to \(AnswerGrader.maximumAnswerLength)"
            }
        }
    }

    /// What is being answered.
    public struct Prompt: Sendable {
        public var question: String
        public var archetype: ArchetypeID
        public var scope: Grade.Scope
        public var keyPoints: [KeyPoint]

        public init(question: String, archetype: ArchetypeID, scope: Grade.Scope, keyPoints: [KeyPoint]) {
            self.question = question
            self.archetype = archetype
            self.scope = scope
            self.keyPoints = keyPoints
        }
    }

    public init(library: ContentLibrary) {
        self.library = library
        coverage = CoverageGrader(matcher: TermMatcher(library: library))
        moves = MoveDetector(moves: library.moves)
        failures = FailureModeDetector(library: library)
        var spotters: [ArchetypeID: [(step: FrameworkStep, spotter: PhraseSpotter<Bool>)]] = [:]
        for archetype in library.archetypes {
            spotters[archetype.id] = archetype.framework.map { ($0, PhraseSpotter($0.cues + [$0.name.lowercased()], value: true)) }
        }
        stepSpotters = spotters
    }

    /// Whether a question asks for an open, structured answer or a focused, factual one.
    public static func scope(question: String, archetype: ArchetypeID, difficulty: Int? = nil, reference: String? = nil) -> Grade.Scope {
        if let difficulty, difficulty <= 2 { return .focused }
        // The length of the model answer says how long an answer is expected to be.
        if let reference {
            let words = reference.split(whereSeparator: \.isWhitespace).count
            if words > 0 && words <= 90 { return .focused }
            if words >= 150 { return .open }
        }
        let lower = question.lowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
        let openCues = ["design", "build", "walk me through", "how would you", "how do you", "what would you", "investigate",
                        "diagnose", "plan", "approach", "improve", "reduce", "should we", "would you", "trade"]
        if openCues.contains(where: lower.contains) { return .open }
        let factualStarts = ["what is", "what's", "what are", "define", "name", "list", "when was", "who", "typical", "what does"]
        if factualStarts.contains(where: lower.hasPrefix) && words <= 15 { return .focused }
        if archetype == .why { return words <= 14 ? .focused : .open }
        return .open
    }

    public func grade(answer rawAnswer: String, for prompt: Prompt) throws(GradeError) -> Grade {
        let length = rawAnswer.unicodeScalars.count
        guard length <= Self.maximumAnswerLength else { throw .tooLong(length) }
        let answer = AnswerText(rawAnswer)
        let stats = self.stats(answer)
        let open = prompt.scope == .open
        var notes: [String] = []

        // Coverage.
        let claimSentences = CoverageGrader.claims(in: answer)
        let pointResults = prompt.keyPoints.isEmpty ? [] : coverage.grade(answer, keyPoints: prompt.keyPoints, claims: claimSentences)
        let keyPoints = zip(prompt.keyPoints, pointResults).map { point, result in
            Grade.KeyPointResult(text: point.text, covered: result.credit >= 1, match: Self.round(result.match),
                                 evidence: result.credit > 0 ? result.sentences.map { answer.evidence(answer.sentences[$0]) } : [])
        }
        let coverageScore: Double? = pointResults.isEmpty ? nil : 100 * pointResults.map(\.credit).reduce(0, +) / Double(pointResults.count)

        // Moves.
        let found = moves.detect(answer)
        let moveResults = MoveID.allCases.map { id in
            Grade.MoveResult(id: id, present: found[id] != nil, evidence: (found[id] ?? []).prefix(3).map { answer.evidence(answer.sentences[$0]) })
        }

        // Framework steps, when the answer is open.
        var framework: Grade.Framework?
        var stepShare = 0.0
        var ordered = true
        if open, let spotters = stepSpotters[prompt.archetype] {
            var firstSentences: [Int] = []
            let steps = spotters.map { step, spotter -> Grade.StepResult in
                let sentences = spotter.sentences(in: answer)
                if let first = sentences.first { firstSentences.append(first) }
                return Grade.StepResult(id: step.id, name: step.name, present: !sentences.isEmpty,
                                        evidence: sentences.prefix(2).map { answer.evidence(answer.sentences[$0]) })
            }
            ordered = Self.mostlyOrdered(firstSentences)
            stepShare = Double(steps.filter(\.present).count) / Double(max(1, steps.count))
            framework = Grade.Framework(archetype: prompt.archetype, steps: steps, inOrder: ordered)
        }

        // Failure modes.
        let listing = failures.listingWithoutJudgment(answer)
        let naming = failures.namingWithoutExplaining(answer)
        let heavy = failures.overEngineering(answer, question: prompt.question, baseline: found[.baseline]?.first)
        let business = failures.forgettingTheBusiness(answer)
        let noRisks = found[.failureModes] == nil
        let applies: [FailureModeID: Bool] = [
            .listingWithoutJudgment: true,
            .namingWithoutExplaining: true,
            .overEngineering: open,
            .missingFailureModes: open,
            .forgettingTheBusiness: open,
        ]
        let findings: [FailureModeID: FailureModeDetector.Finding] = [
            .listingWithoutJudgment: listing, .namingWithoutExplaining: naming, .overEngineering: heavy,
            .missingFailureModes: .init(present: noRisks, sentences: [], detail: []),
            .forgettingTheBusiness: business,
        ]
        let enoughText = stats.words >= 25
        let failureResults = FailureModeID.allCases.map { id -> Grade.FailureModeResult in
            let applicable = applies[id] ?? false
            let finding = findings[id]!
            let present = applicable && finding.present && (enoughText || id == .namingWithoutExplaining || id == .listingWithoutJudgment)
            return Grade.FailureModeResult(
                id: id, present: present, applicable: applicable,
                evidence: present ? finding.sentences.prefix(3).map { answer.evidence(answer.sentences[$0]) } : [],
                advice: library.failureModes.first { $0.id == id }?.advice ?? "")
        }

        // Scores.
        let structureScore: Double? = open ? 70 * Double(moveResults.filter(\.present).count) / 7 + 20 * stepShare + (ordered && stepShare > 0 ? 10 : 0) : nil
        let claims = claimSentences.filter { $0 }.count
        var overall: Double
        switch (open, coverageScore, structureScore) {
        case let (true, coverage?, structure?): overall = 0.55 * coverage + 0.45 * structure
        case let (true, nil, structure?): overall = structure
        case let (false, coverage?, _): overall = coverage
        default:
            overall = min(100, Double(claims) * 25)
            notes.append("No reference answer or key points: the score reflects form, not correctness.")
        }
        overall -= Self.failureModePenalty * Double(failureResults.filter(\.present).count)
        if stats.words == 0 {
            overall = 0
            notes.append("The answer is empty.")
        } else if claims == 0 {
            overall = min(overall, 10)
            notes.append("No sentence makes a claim: terms without a verb or relation state nothing.")
        } else if !evasions.sentences(in: answer).isEmpty && (coverageScore ?? 100) < 20 && stats.words < 60 {
            overall = min(overall, 15)
            notes.append("The answer hedges (\"it depends\") without saying on what or what you'd do.")
        }
        if stats.words > 0 && stats.words < 10 && open { overall = min(overall, 10) }

        let scores = Grade.Scores(overall: Self.clamp(overall), coverage: coverageScore.map(Self.clamp),
                                  structure: structureScore.map(Self.clamp))
        let advice = AdviceWriter.advice(answer: answer, open: open, keyPoints: keyPoints, moves: moveResults,
                                         findings: findings, failureResults: failureResults, stats: stats)
        return Grade(scope: prompt.scope, scores: scores, moves: moveResults, keyPoints: keyPoints, failureModes: failureResults,
                     framework: framework, advice: advice, stats: stats, notes: notes)
    }

    func stats(_ answer: AnswerText) -> Grade.Stats {
        let words = answer.tokens.filter { $0.lower.contains(where: \.isLetter) }.count
        let fillerCount = fillers.count(in: answer.tokens)
        let hedgeCount = hedges.count(in: answer.tokens)
        let minutes = Double(words) / Double(Self.wordsPerMinute)
        let per100 = { (count: Int) in words == 0 ? 0 : Self.round(Double(count) * 100 / Double(words)) }
        return Grade.Stats(words: words, speakingMinutes: Self.round(minutes), wordsPerMinute: Self.wordsPerMinute,
                           fillersPer100Words: per100(fillerCount), hedgesPer100Words: per100(hedgeCount), fitsFiveMinutes: minutes <= 5)
    }

    /// True when at most one step comes out of order.
    static func mostlyOrdered(_ positions: [Int]) -> Bool {
        guard positions.count > 1 else { return true }
        var inversions = 0
        for index in 1..<positions.count where positions[index] < positions[index - 1] { inversions += 1 }
        return inversions <= 1
    }

    static func clamp(_ value: Double) -> Int { Int(max(0, min(100, value)).rounded()) }
    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

import Foundation

/// The closing scorecard of a mock interview: six dimensions from 1 to 5, each justified from
/// the answers themselves.
public struct MockScorecard: Codable, Sendable, Equatable {
    public enum DimensionID: String, Codable, Sendable, CaseIterable {
        case clarity
        case correctness = "technical-correctness"
        case assumptions = "stated-assumptions"
        case depth
        case tradeoffs = "trade-off-reasoning"
        case composure = "composure-under-time"

        public var name: String {
            switch self {
            case .clarity: "Clarity"
            case .correctness: "Technical correctness"
            case .assumptions: "Stated assumptions"
            case .depth: "Depth"
            case .tradeoffs: "Trade-off reasoning"
            case .composure: "Composure under time"
            }
        }
    }

    public struct Dimension: Codable, Sendable, Equatable {
        public var id: DimensionID
        public var name: String
        public var score: Int
        public var justification: String
    }

    public var dimensions: [Dimension]
    /// The mean of the six scores, one decimal.
    public var overall: Double
}

/// One answered (or skipped) question of a mock, as the scorecard sees it.
public struct MockAnswer: Sendable {
    public var label: String
    public var grade: Grade?
    public var seconds: Double
    public var budgetSeconds: Double

    public init(label: String, grade: Grade?, seconds: Double, budgetSeconds: Double) {
        self.label = label
        self.grade = grade
        self.seconds = seconds
        self.budgetSeconds = budgetSeconds
    }
}

public enum MockScorer {
    public static func scorecard(_ answers: [MockAnswer]) -> MockScorecard {
        let graded = answers.compactMap { answer in answer.grade.map { (answer, $0) } }.filter { $0.1.stats.words > 0 }
        let skipped = answers.count - graded.count
        func score(_ share: Double) -> Int { max(1, min(5, 1 + Int((4 * max(0, min(1, share))).rounded()))) }
        func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
        func has(_ grade: Grade, _ move: MoveID) -> Bool { grade.moves.first { $0.id == move }?.present ?? false }
        func shows(_ grade: Grade, _ mode: FailureModeID) -> Bool { grade.failureModes.first { $0.id == mode }.map { $0.present && $0.applicable } ?? false }
        func labels(_ rows: [(MockAnswer, Grade)]) -> String { rows.isEmpty ? "none" : rows.map(\.0.label).joined(separator: ", ") }
        let skippedNote = skipped > 0 ? " \(skipped) of \(answers.count) question(s) had no answer." : ""

        var dimensions: [MockScorecard.Dimension] = []
        func add(_ id: MockScorecard.DimensionID, _ share: Double, _ why: String) {
            dimensions.append(.init(id: id, name: id.name, score: graded.isEmpty ? 1 : score(share), justification: why))
        }

        // Clarity: a visible structure, and few fillers and hedges.
        let structure = mean(graded.map { Double($0.1.scores.structure ?? $0.1.scores.overall) / 100 })
        let fillers = mean(graded.map { $0.1.stats.fillersPer100Words + $0.1.stats.hedgesPer100Words })
        add(.clarity, structure - min(0.3, fillers / 20),
            String(format: "Structure averaged %.0f/100; %.1f fillers and hedges per 100 words.", structure * 100, fillers) + skippedNote)

        // Technical correctness: the key points stated, and terms explained rather than dropped.
        let covered = graded.flatMap { $0.1.keyPoints }
        let coverage = covered.isEmpty ? mean(graded.map { Double($0.1.scores.overall) / 100 })
            : Double(covered.filter(\.covered).count) / Double(covered.count)
        let unexplained = graded.filter { shows($0.1, .namingWithoutExplaining) }
        add(.correctness, coverage - 0.15 * Double(unexplained.count),
            (covered.isEmpty ? String(format: "No reference points to check against; overall scores averaged %.0f.", coverage * 100)
                : "Covered \(covered.filter(\.covered).count) of \(covered.count) key points.")
                + (unexplained.isEmpty ? "" : " Named without explaining in \(labels(unexplained))."))

        // Stated assumptions: the goal and the constraints said out loud.
        let stated = graded.map { (has($0.1, .goal) ? 0.5 : 0) + (has($0.1, .constraints) ? 0.5 : 0) }
        let withBoth = graded.filter { has($0.1, .goal) && has($0.1, .constraints) }
        let missing = graded.filter { !has($0.1, .goal) && !has($0.1, .constraints) }
        add(.assumptions, mean(stated),
            "Goal and constraints both stated in \(labels(withBoth)); neither in \(labels(missing)).")

        // Depth: the mechanism underneath, at a length that leaves room for it.
        let principled = graded.filter { has($0.1, .principle) }
        let length = mean(graded.map { min(1, Double($0.1.stats.words) / 250) })
        add(.depth, 0.6 * Double(principled.count) / Double(max(1, graded.count)) + 0.4 * length,
            "Explained the underlying principle in \(labels(principled)); answers averaged \(Int(mean(graded.map { Double($0.1.stats.words) }))) words.")

        // Trade-off reasoning: a defended conclusion, not a list.
        let decided = graded.filter { has($0.1, .conclusion) && !shows($0.1, .listingWithoutJudgment) }
        let listed = graded.filter { shows($0.1, .listingWithoutJudgment) }
        add(.tradeoffs, Double(decided.count) / Double(max(1, graded.count)),
            "Committed to a defended choice in \(labels(decided))" + (listed.isEmpty ? "." : "; listed options without choosing in \(labels(listed))."))

        // Composure: answers finished inside their budget, none abandoned.
        let onTime = answers.map { answer -> Double in
            guard answer.grade?.stats.words ?? 0 > 0 else { return 0 }
            if answer.seconds <= answer.budgetSeconds { return 1 }
            return answer.seconds <= answer.budgetSeconds * 1.25 ? 0.5 : 0
        }
        let late = answers.filter { $0.grade != nil && $0.seconds > $0.budgetSeconds }.map(\.label)
        add(.composure, mean(onTime),
            "\(onTime.filter { $0 == 1 }.count) of \(answers.count) answered within the time budget"
                + (late.isEmpty ? "." : "; over time on \(late.joined(separator: ", ")).") + skippedNote)

        let overall = (Double(dimensions.map(\.score).reduce(0, +)) / Double(dimensions.count) * 10).rounded() / 10
        return MockScorecard(dimensions: dimensions, overall: overall)
    }
}

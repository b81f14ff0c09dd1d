/// Measures the grader against labelled answers, in the two formats of the evaluation sets:
/// coverage items (one question, its key points, and answers of known quality) and structure
/// items (one open answer labelled with its moves and failure modes).
public struct GraderEvaluation: Codable, Sendable {
    public struct CoverageItem: Codable, Sendable {
        public var question: String
        public var reference: String?
        public var keyPoints: [String]?
        /// Answers by kind: full, partial, offtopic, salad, nonanswer.
        public var answers: [String: String]

        enum CodingKeys: String, CodingKey {
            case question, reference, answers
            case keyPoints = "key_points"
        }
    }

    public struct StructureItem: Codable, Sendable {
        public var question: String
        public var archetype: ArchetypeID?
        public var answer: String
        public var moves: [String: Bool]
        public var failureModes: [String: Bool]

        enum CodingKeys: String, CodingKey {
            case question, archetype, answer, moves
            case failureModes = "failure_modes"
        }
    }

    public struct LabelScore: Codable, Sendable {
        public var label: String
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public struct CoverageSummary: Codable, Sendable {
        public var items: Int
        /// Share of (full > partial) and (partial > other) pairs ordered right by coverage.
        public var pairOrdering: Double
        /// Mean coverage and overall score per answer kind.
        public var meanCoverage: [String: Double]
        public var meanOverall: [String: Double]

        enum CodingKeys: String, CodingKey {
            case items
            case pairOrdering = "pair_ordering"
            case meanCoverage = "mean_coverage"
            case meanOverall = "mean_overall"
        }
    }

    public struct StructureSummary: Codable, Sendable {
        public var items: Int
        public var moves: [LabelScore]
        public var failureModes: [LabelScore]
        public var movesMacroF1: Double
        public var failureModesMacroF1: Double

        enum CodingKeys: String, CodingKey {
            case items, moves
            case failureModes = "failure_modes"
            case movesMacroF1 = "moves_macro_f1"
            case failureModesMacroF1 = "failure_modes_macro_f1"
        }
    }

    public var coverage: CoverageSummary?
    public var structure: StructureSummary?

    public init(coverage: CoverageSummary? = nil, structure: StructureSummary? = nil) {
        self.coverage = coverage
        self.structure = structure
    }

    public typealias Prompter = (_ question: String, _ reference: String?, _ keyPoints: [String]?, _ archetype: ArchetypeID?) -> AnswerGrader.Prompt

    public static func coverage(_ items: [CoverageItem], grader: AnswerGrader, prompt: Prompter) throws -> CoverageSummary {
        var coverageByKind: [String: [Double]] = [:]
        var overallByKind: [String: [Double]] = [:]
        var right = 0
        var pairs = 0
        for item in items {
            let question = prompt(item.question, item.reference, item.keyPoints, nil)
            var coverage: [String: Int] = [:]
            for (kind, answer) in item.answers {
                let grade = try grader.grade(answer: answer, for: question)
                coverage[kind] = grade.scores.coverage ?? 0
                coverageByKind[kind, default: []].append(Double(grade.scores.coverage ?? 0))
                overallByKind[kind, default: []].append(Double(grade.scores.overall))
            }
            if let full = coverage["full"], let partial = coverage["partial"] {
                pairs += 1
                if full > partial { right += 1 }
                for other in ["offtopic", "salad", "nonanswer"] {
                    guard let score = coverage[other] else { continue }
                    pairs += 1
                    if partial > score { right += 1 }
                }
            }
        }
        let mean = { (values: [Double]) in (values.reduce(0, +) / Double(max(1, values.count)) * 10).rounded() / 10 }
        return CoverageSummary(items: items.count, pairOrdering: RouterEvaluation.ratio(right, pairs),
                               meanCoverage: coverageByKind.mapValues(mean), meanOverall: overallByKind.mapValues(mean))
    }

    public static func structure(_ items: [StructureItem], grader: AnswerGrader, prompt: Prompter) throws -> StructureSummary {
        var moveCounts: [String: (tp: Int, fp: Int, fn: Int, support: Int)] = [:]
        var modeCounts: [String: (tp: Int, fp: Int, fn: Int, support: Int)] = [:]
        func count(_ table: inout [String: (tp: Int, fp: Int, fn: Int, support: Int)], _ label: String, gold: Bool, predicted: Bool) {
            var row = table[label] ?? (0, 0, 0, 0)
            if gold { row.support += 1 }
            if gold && predicted { row.tp += 1 } else if predicted { row.fp += 1 } else if gold { row.fn += 1 }
            table[label] = row
        }
        for item in items {
            let question = prompt(item.question, nil, nil, item.archetype)
            let grade = try grader.grade(answer: item.answer, for: question)
            for move in grade.moves { count(&moveCounts, move.id.rawValue, gold: item.moves[move.id.rawValue] ?? false, predicted: move.present) }
            for mode in grade.failureModes {
                count(&modeCounts, mode.id.rawValue, gold: item.failureModes[mode.id.rawValue] ?? false, predicted: mode.present)
            }
        }
        let moves = MoveID.allCases.map { score($0.rawValue, moveCounts[$0.rawValue]) }
        let modes = FailureModeID.allCases.map { score($0.rawValue, modeCounts[$0.rawValue]) }
        let macro = { (scores: [LabelScore]) in RouterEvaluation.rounded(scores.map(\.f1).reduce(0, +) / Double(max(1, scores.count))) }
        return StructureSummary(items: items.count, moves: moves, failureModes: modes, movesMacroF1: macro(moves), failureModesMacroF1: macro(modes))
    }

    static func score(_ label: String, _ counts: (tp: Int, fp: Int, fn: Int, support: Int)?) -> LabelScore {
        let c = counts ?? (0, 0, 0, 0)
        // With no positives and no predictions a label is perfectly handled.
        let precision = c.tp + c.fp == 0 ? (c.fn == 0 ? 1 : 0) : Double(c.tp) / Double(c.tp + c.fp)
        let recall = c.tp + c.fn == 0 ? (c.fp == 0 ? 1 : 0) : Double(c.tp) / Double(c.tp + c.fn)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return LabelScore(label: label, precision: RouterEvaluation.rounded(precision), recall: RouterEvaluation.rounded(recall),
                          f1: RouterEvaluation.rounded(f1), support: c.support)
    }
}

/// Building the grader's prompt from what a user gives: a question from the bank, or a typed
/// question with an optional reference or key points. The command line and the web app share it,
/// so an answer grades the same wherever it is typed.
extension AnswerGrader.Prompt {
    public enum PromptError: Error, CustomStringConvertible, Equatable {
        case emptyQuestion
        case questionTooLong(Int)

        public var description: String {
            switch self {
            case .emptyQuestion: "the question is empty"
            case .questionTooLong: "the question is over \(QuestionRouter.maximumQuestionLength) characters"
            }
        }
    }

    /// The prompt for a question from the bank: its own archetype (or the router's guess for an
    /// unclassified import), its key points (or ones derived from its reference).
    public init(question: Question, router: QuestionRouter) {
        let archetype = question.archetype ?? router.classify(question.text).ranked[0].0
        var keyPoints = question.keyPoints
        if keyPoints.isEmpty, let reference = question.reference { keyPoints = KeyPointExtractor.keyPoints(fromReference: reference) }
        let difficulty = question.difficulty ?? (question.source.origin == .imported ? 2 : nil)
        self.init(question: question.text, archetype: archetype,
                  scope: AnswerGrader.scope(question: question.text, archetype: archetype, difficulty: difficulty, reference: question.reference),
                  keyPoints: keyPoints)
    }

    /// The prompt for a typed question; key points win over a reference, and a reference gives
    /// key points of its own.
    public init(question: String, reference: String?, keyPoints: [String]?, router: QuestionRouter) throws(PromptError) {
        let text = question.trimmed()
        guard !text.isEmpty else { throw .emptyQuestion }
        guard text.count <= QuestionRouter.maximumQuestionLength else { throw .questionTooLong(text.count) }
        let archetype = router.classify(text).ranked[0].0
        var points = (keyPoints ?? []).map { KeyPoint(text: $0) }
        if points.isEmpty, let reference, !reference.trimmed().isEmpty {
            points = KeyPointExtractor.keyPoints(fromReference: reference)
        }
        self.init(question: text, archetype: archetype,
                  scope: AnswerGrader.scope(question: text, archetype: archetype, reference: reference), keyPoints: points)
    }
}

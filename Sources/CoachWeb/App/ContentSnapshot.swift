import CoachCore

/// The content the app answers from at one moment: the library (built-in pack plus imports)
/// and the router and grader built over it. Immutable; an import replaces the whole snapshot.
public struct ContentSnapshot: Sendable {
    public let library: ContentLibrary
    public let router: QuestionRouter
    public let grader: AnswerGrader

    public init(library: ContentLibrary, router: QuestionRouter, grader: AnswerGrader) {
        self.library = library
        self.router = router
        self.grader = grader
    }

    /// The router with the models that ship in the pack, and the grader, over `library`.
    public init(library: ContentLibrary) throws {
        self.init(library: library, router: try QuestionRouter.builtin(library: library), grader: AnswerGrader(library: library))
    }
}

import CoachCore
import Hummingbird

/// `POST /api/grade`: `{"question" | "question_id", "reference"?, "key_points"?, "answer"}` →
/// the critique, as `coach grade --format json` prints it.
struct GradeAPIController {
    let content: LiveContent

    struct GradeRequest: Decodable {
        var question: String?
        var questionID: String?
        var reference: String?
        var keyPoints: [String]?
        var answer: String

        enum CodingKeys: String, CodingKey {
            case question, reference, answer
            case questionID = "question_id"
            case keyPoints = "key_points"
        }
    }

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.post("grade", use: grade)
    }

    @Sendable func grade(_ request: Request, context: CoachRequestContext) async throws -> JSONBody<Grade> {
        let body = try await JSONRequest.decode(GradeRequest.self, from: request, context: context)
        let snapshot = await content.current
        let prompt = try Self.prompt(for: body, in: snapshot)
        do {
            return JSONBody(try snapshot.grader.grade(answer: body.answer, for: prompt))
        } catch {
            throw APIError.invalid("answer", error.description)
        }
    }

    static func prompt(for body: GradeRequest, in snapshot: ContentSnapshot) throws -> AnswerGrader.Prompt {
        switch (body.question, body.questionID) {
        case (nil, nil):
            throw APIError.invalid("question", "give 'question' (the text) or 'question_id' (a question from the bank)")
        case (.some, .some):
            throw APIError.invalid("question_id", "give 'question' or 'question_id', not both")
        case let (nil, .some(id)):
            if body.reference != nil { throw APIError.invalid("reference", "'question_id' brings its own reference") }
            if body.keyPoints != nil { throw APIError.invalid("key_points", "'question_id' brings its own key points") }
            guard id.count <= 1000, let question = snapshot.library.question(id: id) else {
                throw APIError(.notFound, "no question with id '\(id.prefix(200))'; GET /api/questions lists them", field: "question_id")
            }
            return AnswerGrader.Prompt(question: question, router: snapshot.router)
        case let (.some(text), nil):
            do {
                return try AnswerGrader.Prompt(question: text, reference: body.reference, keyPoints: body.keyPoints, router: snapshot.router)
            } catch {
                throw APIError.invalid("question", error.description)
            }
        }
    }
}

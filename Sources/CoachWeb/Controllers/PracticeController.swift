import CoachCore
import Foundation
import Hummingbird

/// `/practice/:questionID`: answer one question and see it graded. Question ids hold `/` and
/// `#`; links encode them as one segment, and a raw `/` in the path is accepted too.
struct PracticeController {
    let content: LiveContent

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get("**", use: show)
        group.post("**", use: grade)
    }

    @Sendable func show(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        let snapshot = await content.current
        let question = try Self.question(context, library: snapshot.library)
        return HTMLPage(PracticePage.render(question: question, library: snapshot.library, answer: "", grade: nil, error: nil, csrfToken: context.csrfToken))
    }

    @Sendable func grade(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        let snapshot = await content.current
        let question = try Self.question(context, library: snapshot.library)
        let answer = try await FormRequest.fields(of: request, context: context)["answer"] ?? ""
        let page = { (grade: Grade?, error: String?) in
            PracticePage.render(question: question, library: snapshot.library, answer: answer, grade: grade, error: error, csrfToken: context.csrfToken)
        }
        guard !answer.trimmed().isEmpty else { return HTMLPage(page(nil, "Type an answer first."), status: .badRequest) }
        do {
            let grade = try snapshot.grader.grade(answer: answer, for: AnswerGrader.Prompt(question: question, router: snapshot.router))
            return HTMLPage(page(grade, nil))
        } catch {
            return HTMLPage(page(nil, "Could not grade this answer: \(error.description)."), status: .badRequest)
        }
    }

    static func question(_ context: CoachRequestContext, library: ContentLibrary) throws -> Question {
        let raw = context.parameters.getCatchAll().joined(separator: "/")
        guard raw.count <= 2000, let id = raw.removingPercentEncoding, let question = library.question(id: id) else {
            throw HTTPError(.notFound, message: "There is no question with that id. The topic pages list every question.")
        }
        return question
    }
}

import CoachCore
import Hummingbird

/// `/ask`: the question form, and its answer.
struct AskController {
    let content: LiveContent

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get(use: show)
        group.post(use: ask)
    }

    @Sendable func show(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        let library = await content.current.library
        return HTMLPage(AskPage.render(form: .init(), routing: nil, library: library, csrfToken: context.csrfToken))
    }

    @Sendable func ask(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        let fields = try await FormRequest.fields(of: request, context: context)
        let snapshot = await content.current
        var form = AskPage.Form(question: fields["question"] ?? "")
        if let top = fields["top"].flatMap({ Int($0.trimmed()) }) {
            form.top = min(max(top, 5), RequestLimits.maximumTopics)
        }
        do {
            let routing = try snapshot.router.route(form.question, top: form.top)
            return HTMLPage(AskPage.render(form: form, routing: routing, library: snapshot.library, csrfToken: context.csrfToken))
        } catch {
            form.error = "Could not read the question: \(error.description)."
            return HTMLPage(AskPage.render(form: form, routing: nil, library: snapshot.library, csrfToken: context.csrfToken), status: .badRequest)
        }
    }
}

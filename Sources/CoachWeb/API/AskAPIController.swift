import CoachCore
import Hummingbird

/// `POST /api/ask`: `{"question", "top"?}` → the routing, as `coach ask --format json` prints it.
struct AskAPIController {
    let content: LiveContent

    struct AskRequest: Decodable {
        var question: String
        var top: Int?
    }

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.post("ask", use: ask)
    }

    @Sendable func ask(_ request: Request, context: CoachRequestContext) async throws -> JSONBody<Routing> {
        let body = try await JSONRequest.decode(AskRequest.self, from: request, context: context)
        let top = body.top ?? 5
        guard (1...RequestLimits.maximumTopics).contains(top) else {
            throw APIError.invalid("top", "'top' must be between 1 and \(RequestLimits.maximumTopics)")
        }
        do {
            return JSONBody(try await content.current.router.route(body.question, top: top))
        } catch {
            throw APIError.invalid("question", error.description)
        }
    }
}

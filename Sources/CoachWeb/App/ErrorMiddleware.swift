import Hummingbird

/// Turns every error into a response in the caller's language: JSON `{"error", "field"?}`
/// under `/api/`, an HTML page everywhere else. Unexpected errors are logged and shown as 500
/// without their details.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = CoachRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            let httpError = error as? HTTPError
            let message = httpError?.body ?? ErrorPage.defaultMessage(for: error.status)
            var response = try render(status: error.status, message: message, request: request, context: context)
            if let headers = httpError?.headers { response.headers.append(contentsOf: headers) }
            return response
        } catch {
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
            return try render(status: .internalServerError, message: ErrorPage.defaultMessage(for: .internalServerError), request: request, context: context)
        }
    }

    private func render(status: HTTPResponse.Status, message: String, request: Request, context: Context) throws -> Response {
        if CSRFMiddleware.isAPI(request.uri.path) {
            return try APIError(status, message.isEmpty ? status.reasonPhrase.lowercased() : message).response(from: request, context: context)
        }
        return HTMLPage(ErrorPage.render(status: status, message: message), status: status).response(from: request, context: context)
    }
}

import Hummingbird

/// Refuses a body whose declared length is over the limit before reading any of it; a body
/// without a length is cut off at the same limit when a handler collects it.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = CoachRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > context.maxUploadSize {
            throw HTTPError(.contentTooLarge, message: "The request is \(length) bytes; the limit is \(context.maxUploadSize).")
        }
        return try await next(request, context)
    }
}

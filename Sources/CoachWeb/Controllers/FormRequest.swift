import Hummingbird

/// Reading a form post's fields (the CSRF middleware has already checked its token).
enum FormRequest {
    static func fields(of request: Request, context: CoachRequestContext) async throws -> FormBody {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        return FormBody(String(buffer: buffer))
    }
}

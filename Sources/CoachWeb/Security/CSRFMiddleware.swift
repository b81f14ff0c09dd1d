import Hummingbird

/// Guards every request that can change something.
/// - A form post (any unsafe method outside `/api/`) must carry the CSRF token in its
///   `_csrf` field, equal to the `coach_csrf` cookie and signed by this process: else 403.
/// - An API call with a body must be `Content-Type: application/json`, which a cross-site form
///   cannot send without a CORS preflight this server never grants: else 415.
/// Every response to a browser without a valid cookie sets a fresh one, and the token is put in
/// the context for the pages that render forms.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = CoachRequestContext
    let tokens: CSRFTokens

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        var context = context
        let cookie = request.cookies[CSRFTokens.cookieName]?.value
        let cookieIsValid = cookie.map(tokens.isValid) ?? false
        let token = cookieIsValid ? cookie! : tokens.issue()
        context.csrfToken = token

        if !Self.isSafe(request.method) {
            if Self.isAPI(request.uri.path) {
                guard Self.isJSON(request.headers[.contentType]) else {
                    throw APIError(.unsupportedMediaType, "send the body as JSON with 'Content-Type: application/json'")
                }
            } else {
                let body = try await request.collectBody(upTo: context.maxUploadSize)
                let field = FormBody(String(buffer: body))[CSRFTokens.fieldName]
                guard tokens.accepts(cookie: cookie, field: field) else {
                    var error = HTTPError(.forbidden, message: "This form has expired or did not come from this app. Go back, reload the page and send it again.")
                    if !cookieIsValid { error.headers[.setCookie] = Self.cookie(token).description }
                    throw error
                }
            }
        }

        var response = try await next(request, context)
        // Only pages carry forms; assets, health checks and the API need no cookie.
        if !cookieIsValid, response.headers[.contentType]?.hasPrefix("text/html") == true {
            response.setCookie(Self.cookie(token))
        }
        return response
    }

    static func cookie(_ token: String) -> Cookie {
        Cookie(name: CSRFTokens.cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict)
    }

    static func isSafe(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .head || method == .options
    }

    static func isAPI(_ path: String) -> Bool {
        path == "/api" || path.hasPrefix("/api/")
    }

    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return mediaType == "application/json"
    }
}

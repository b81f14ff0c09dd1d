import Foundation
import Hummingbird

/// An API failure as JSON: `{"error": "...", "field": "..."}`, the field named when one is to blame.
struct APIError: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String
    var field: String?

    init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }

    static func invalid(_ field: String, _ message: String) -> APIError {
        APIError(.badRequest, message, field: field)
    }

    struct Body: Encodable {
        var error: String
        var field: String?
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONBody(Body(error: message, field: field)).response(from: request, context: context)
        response.status = status
        return response
    }
}

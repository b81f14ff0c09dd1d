import Foundation
import Hummingbird

/// Reading an API request's JSON body, with errors that name the field at fault.
enum JSONRequest {
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: CoachRequestContext) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        let data = Data(buffer: buffer)
        guard !data.isEmpty else { throw APIError(.badRequest, "the request body is empty; send a JSON object") }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw describe(error)
        }
    }

    static func describe(_ error: DecodingError) -> APIError {
        func name(_ path: [any CodingKey]) -> String? {
            path.isEmpty ? nil : path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case let .keyNotFound(key, context):
            let field = name(context.codingPath + [key]) ?? key.stringValue
            return .invalid(field, "'\(field)' is required")
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            guard let field = name(context.codingPath) else { return APIError(.badRequest, "the body must be a JSON object") }
            return .invalid(field, "'\(field)' must be \(describe(type))")
        case let .dataCorrupted(context):
            if let field = name(context.codingPath) { return .invalid(field, "'\(field)' is not valid: \(context.debugDescription)") }
            return APIError(.badRequest, "the body is not valid JSON")
        @unknown default:
            return APIError(.badRequest, "the body could not be read")
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [String].Type, is [Any].Type: "an array of strings"
        default: type == [String: Any].self ? "an object" : "of type \(type)"
        }
    }
}

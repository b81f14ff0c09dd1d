import CoachCore
import CoachStore
import CoachWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// What the web tests share: the built-in pack (parsed once) and helpers for forms and cookies.
enum TestSupport {
    static let builtin: Pack = PackLoader.loadBuiltin().pack

    /// The router and grader over the built-in pack, built once: building them is the slow part.
    static let snapshot: ContentSnapshot = try! ContentSnapshot(library: ContentLibrary(builtin: builtin))

    /// A fresh app over the built-in pack and an empty in-memory database.
    static func dependencies() throws -> AppDependencies {
        AppDependencies(content: LiveContent(builtin: builtin, snapshot: snapshot), database: try CoachDatabase.inMemory())
    }

    static func app() throws -> some ApplicationProtocol {
        buildApplication(dependencies: try dependencies())
    }

    /// The package root, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var fixtureNotes: URL {
        packageRoot.appendingPathComponent("Tests/CoachCoreTests/Fixtures/notes")
    }

    /// An `application/x-www-form-urlencoded` body.
    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { name, value in
            name.addingPercentEncoding(withAllowedCharacters: allowed)! + "=" + value.addingPercentEncoding(withAllowedCharacters: allowed)!
        }.joined(separator: "&")
        return ByteBuffer(string: body)
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    static let jsonHeaders: HTTPFields = [.contentType: "application/json"]

    /// Loads a page to get a CSRF cookie and its token, as a browser would.
    static func csrf(_ client: some TestClientProtocol, page: String = "/ask") async throws -> (cookie: String, token: String) {
        try await client.execute(uri: page, method: .get) { response in
            let header = try #require(response.headers[.setCookie])
            let pair = try #require(header.split(separator: ";").first)
            let token = String(pair.dropFirst("coach_csrf=".count))
            return (String(pair), token)
        }
    }

    /// Headers for a form post carrying `cookie`.
    static func formHeaders(cookie: String) -> HTTPFields {
        [.contentType: "application/x-www-form-urlencoded", .cookie: cookie]
    }

    static func json(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    static func object(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any])
    }
}

import CoachCore
import Hummingbird

/// Builds the web app around a content library. `coach serve` and the tests call the same function.
public func buildApplication(
    library: ContentLibrary,
    configuration: ApplicationConfiguration = ApplicationConfiguration(address: .hostname("127.0.0.1", port: 8080))
) -> some ApplicationProtocol {
    Application(router: buildRouter(library: library), configuration: configuration)
}

public func buildRouter(library: ContentLibrary) -> Router<BasicRequestContext> {
    let router = Router()
    router.get("/health") { _, _ -> HTTPResponse.Status in .ok }
    TopicsController(library: library).addRoutes(to: router.group("api/topics"))
    return router
}

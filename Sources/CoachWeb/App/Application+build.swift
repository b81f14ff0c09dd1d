import CoachCore
import Hummingbird
import Logging

/// Builds the web app. `coach serve` and the tests call the same function.
public func buildApplication(
    dependencies: AppDependencies,
    configuration: ApplicationConfiguration = ApplicationConfiguration(address: .hostname("127.0.0.1", port: 8080)),
    logger: Logger? = nil,
    onServerRunning: @escaping @Sendable (_ port: Int?) async -> Void = { _ in }
) -> some ApplicationProtocol {
    Application(router: buildRouter(dependencies: dependencies), configuration: configuration,
                onServerRunning: { channel in await onServerRunning(channel.localAddress?.port) }, logger: logger)
}

/// Middleware first (Hummingbird applies it to the routes added after it), outermost first:
/// security headers on everything, errors rendered as HTML or JSON, body limits, CSRF.
public func buildRouter(dependencies: AppDependencies, assets: AssetTable = .shared) -> Router<CoachRequestContext> {
    let router = Router(context: CoachRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: BodyLimitMiddleware())
    router.add(middleware: CSRFMiddleware(tokens: dependencies.csrf))

    router.get("/health") { _, _ -> HTTPResponse.Status in .ok }
    AssetsController(assets: assets).addRoutes(to: router.group("assets"))

    let content = dependencies.content
    HomeController(content: content, practice: dependencies.practice).addRoutes(to: router)
    AskController(content: content).addRoutes(to: router.group("ask"))
    TopicsController(content: content, mastery: dependencies.mastery).addRoutes(to: router.group("topics"))
    MapController(content: content).addRoutes(to: router)
    ImportController(content: content, database: dependencies.database).addRoutes(to: router.group("import"))
    PracticeController(content: content, practice: dependencies.practice).addRoutes(to: router.group("practice"))
    ProgressController(content: content, practice: dependencies.practice).addRoutes(to: router.group("progress"))
    MockController(content: content, mocks: MockService(practice: dependencies.practice)).addRoutes(to: router.group("mock"))

    let api = router.group("api")
    AskAPIController(content: content).addRoutes(to: api)
    GradeAPIController(content: content).addRoutes(to: api)
    QuestionsAPIController(content: content).addRoutes(to: api)
    TopicsAPIController(content: content).addRoutes(to: api.group("topics"))
    PracticeAPIController(practice: dependencies.practice).addRoutes(to: api)
    return router
}

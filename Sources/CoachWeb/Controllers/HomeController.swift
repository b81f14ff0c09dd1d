import Hummingbird

/// `/`: the start page.
struct HomeController {
    let content: LiveContent

    func addRoutes(to router: Router<CoachRequestContext>) {
        router.get("/", use: home)
    }

    @Sendable func home(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        HTMLPage(HomePage.render(library: await content.current.library))
    }
}

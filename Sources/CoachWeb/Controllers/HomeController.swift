import Hummingbird

/// `/`: the start page.
struct HomeController {
    let content: LiveContent
    let practice: PracticeService

    func addRoutes(to router: Router<CoachRequestContext>) {
        router.get("/", use: home)
    }

    @Sendable func home(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        let library = await content.current.library
        return HTMLPage(HomePage.render(library: library, today: try practice.today(library: library)))
    }
}

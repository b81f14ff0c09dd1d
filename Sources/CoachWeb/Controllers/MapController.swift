import Hummingbird

/// `/map`: the topic graph.
struct MapController {
    let content: LiveContent

    func addRoutes(to router: Router<CoachRequestContext>) {
        router.get("/map", use: show)
    }

    @Sendable func show(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        HTMLPage(MapPage.render(library: await content.current.library))
    }
}

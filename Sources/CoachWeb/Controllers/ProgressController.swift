import Hummingbird

/// `/progress`: charts of scores, retention, reviews due and days practised.
struct ProgressController {
    let content: LiveContent
    let practice: PracticeService

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get(use: show)
    }

    @Sendable func show(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        HTMLPage(ProgressPage.render(report: try practice.progress(), library: await content.current.library))
    }
}

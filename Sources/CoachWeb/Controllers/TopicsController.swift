import Hummingbird

/// `/topics` and `/topics/:topic` (by number or slug).
struct TopicsController {
    let content: LiveContent
    let mastery: any TopicMasteryProvider

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get(use: list)
        group.get(":topic", use: show)
    }

    @Sendable func list(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        HTMLPage(TopicsPage.render(library: await content.current.library))
    }

    @Sendable func show(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        let library = await content.current.library
        let name = (context.parameters.get("topic") ?? "").removingPercentEncoding ?? ""
        guard name.count <= 100, let topic = library.topic(named: name) else {
            throw HTTPError(.notFound, message: "There is no topic called “\(name.prefix(100))”.")
        }
        return HTMLPage(TopicPage.render(topic: topic, library: library, mastery: try await mastery.mastery(ofTopic: topic.number)))
    }
}

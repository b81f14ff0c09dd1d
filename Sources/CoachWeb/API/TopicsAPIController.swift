import CoachCore
import Hummingbird

/// `/api/topics`: the topic list and one topic, as JSON.
struct TopicsAPIController {
    let content: LiveContent

    struct TopicSummary: Encodable {
        var number: String
        var slug: String
        var title: String
        var questions: Int
    }

    struct TopicList: Encodable {
        var topics: [TopicSummary]
    }

    struct TopicDetail: Encodable {
        var topic: Topic
        var bridges: [Bridge]
        var questions: [Question]
    }

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get(use: list)
        group.get(":topic", use: show)
    }

    @Sendable func list(_ request: Request, context: CoachRequestContext) async throws -> JSONBody<TopicList> {
        let library = await content.current.library
        return JSONBody(TopicList(topics: library.topics.map {
            TopicSummary(number: $0.number, slug: $0.slug, title: $0.title, questions: library.questions(inTopic: $0.number).count)
        }))
    }

    @Sendable func show(_ request: Request, context: CoachRequestContext) async throws -> JSONBody<TopicDetail> {
        let library = await content.current.library
        let name = try context.parameters.require("topic")
        guard name.count <= 100, let topic = library.topic(named: name) else {
            throw APIError(.notFound, "no topic '\(name.prefix(100))'", field: "topic")
        }
        return JSONBody(TopicDetail(topic: topic, bridges: library.bridges(forTopic: topic.number), questions: library.questions(inTopic: topic.number)))
    }
}

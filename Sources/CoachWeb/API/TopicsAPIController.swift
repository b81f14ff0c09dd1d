import CoachCore
import Hummingbird

/// `/api/topics`: the topic list and one topic, as JSON.
struct TopicsController {
    let library: ContentLibrary

    struct TopicSummary: ResponseEncodable {
        var number: String
        var slug: String
        var title: String
        var questions: Int
    }

    struct TopicList: ResponseEncodable {
        var topics: [TopicSummary]
    }

    struct TopicDetail: ResponseEncodable {
        var topic: Topic
        var bridges: [Bridge]
        var questions: [Question]
    }

    func addRoutes(to group: RouterGroup<BasicRequestContext>) {
        group.get(use: list)
        group.get(":topic", use: show)
    }

    @Sendable func list(_ request: Request, context: BasicRequestContext) async throws -> TopicList {
        TopicList(topics: library.topics.map {
            TopicSummary(number: $0.number, slug: $0.slug, title: $0.title, questions: library.questions(inTopic: $0.number).count)
        })
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> TopicDetail {
        let name = try context.parameters.require("topic")
        guard name.count <= 100, let topic = library.topic(named: name) else {
            throw HTTPError(.notFound, message: "no topic '\(name.prefix(100))'")
        }
        return TopicDetail(topic: topic, bridges: library.bridges(forTopic: topic.number), questions: library.questions(inTopic: topic.number))
    }
}

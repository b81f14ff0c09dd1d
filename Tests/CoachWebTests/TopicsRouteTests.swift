import CoachCore
import CoachWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct TopicsRouteTests {
    struct TopicList: Decodable {
        struct Row: Decodable { var number: String; var slug: String; var questions: Int }
        var topics: [Row]
    }

    @Test func listsEveryTopic() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/topics", method: .get) { response in
                #expect(response.status == .ok)
                let list = try JSONDecoder().decode(TopicList.self, from: Data(buffer: response.body))
                #expect(list.topics.count == 66)
                #expect(list.topics.first { $0.number == "39" }?.slug == "rag")
            }
        }
    }

    @Test func showsOneTopicBySlugOrNumberAndRefusesUnknownOnes() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/topics/rag", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"number\":\"39\""))
            }
            try await client.execute(uri: "/api/topics/5", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/topics/%3Cscript%3E", method: .get) { response in
                #expect(response.status == .notFound)
                let object = try TestSupport.object(response.body)
                #expect(object["field"] as? String == "topic")
            }
        }
    }
}

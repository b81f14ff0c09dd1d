import CoachCore
import CoachWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct PageTests {
    func page(_ uri: String, status: HTTPResponse.Status = .ok, contains expected: [String]) async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == status, "\(uri)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                #expect(html.hasPrefix("<!doctype html>"))
                for text in expected { #expect(html.contains(text), "\(uri) should contain \(text)") }
            }
        }
    }

    @Test func homeLinksToAskAndTopics() async throws {
        try await page("/", contains: ["<h1>Practise ML and LLM interviews, offline</h1>", "href=\"/ask\"", "href=\"/topics\"", "66 topics"])
    }

    @Test func everyPageHasTheLayoutLandmarks() async throws {
        for uri in ["/", "/ask", "/topics", "/topics/rag", "/map", "/import"] {
            try await page(uri, contains: [
                "<a class=\"skip-link\" href=\"#main\">", "<header class=\"site-header\">", "<nav aria-label=\"Main\">",
                "<main id=\"main\"", "<footer class=\"site-footer\">", "<html lang=\"en\">", "name=\"viewport\"",
            ])
        }
    }

    @Test func navMarksTheCurrentPage() async throws {
        try await page("/topics", contains: ["<a href=\"/topics\" aria-current=\"page\">Topics</a>", "<a href=\"/ask\">Ask</a>"])
    }

    @Test func askPageHasALabelledForm() async throws {
        try await page("/ask", contains: ["<label for=\"question\">", "<textarea id=\"question\" name=\"question\"", "name=\"_csrf\"", "<label for=\"top\">"])
    }

    @Test func topicsPageListsEveryTopic() async throws {
        try await page("/topics", contains: ["href=\"/topics/rag\"", "Retrieval-augmented generation", "href=\"/topics/transformers\""])
    }

    @Test func topicPageShowsConceptsBridgesQuestionsAndTheMasterySlot() async throws {
        try await page("/topics/rag", contains: [
            "<h2 id=\"concepts-heading\">Concepts</h2>", "<dt>chunking</dt>", "also: RAG",
            "<h2 id=\"bridges-heading\">Bridges</h2>", "<section class=\"panel mastery\" id=\"mastery\"",
            "No practice recorded on this topic yet", "href=\"/practice/", "Related topics",
        ])
        try await page("/topics/39", contains: ["Retrieval-augmented generation"])
    }

    struct FixedMastery: TopicMasteryProvider {
        func mastery(ofTopic number: String) async throws -> TopicMastery? {
            number == "39" ? TopicMastery(practised: 3, total: 38, retention: 0.82) : nil
        }
    }

    @Test func theMasterySlotShowsWhatItsProviderGives() async throws {
        let base = try TestSupport.dependencies()
        let dependencies = AppDependencies(content: base.content, database: base.database, mastery: FixedMastery())
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            try await client.execute(uri: "/topics/rag", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("3 of 38 questions practised."))
                #expect(html.contains("Expected recall today: 82%."))
            }
            try await client.execute(uri: "/topics/attention", method: .get) { response in
                #expect(String(buffer: response.body).contains("No practice recorded on this topic yet"))
            }
        }
    }

    @Test func unknownTopicIsAnHTML404() async throws {
        try await page("/topics/%3Cscript%3Ealert(1)%3C%2Fscript%3E", status: .notFound, contains: ["&lt;script&gt;alert(1)&lt;/script&gt;"])
        try await page("/no/such/page", status: .notFound, contains: ["404"])
    }

    @Test func mapDrawsEveryTopicAsALink() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/map", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"topic-map\""))
                #expect(html.components(separatedBy: "class=\"node topic-node\"").count - 1 == 66)
                #expect(html.contains("<a href=\"/topics/rag\" class=\"node topic-node\" aria-label=\"39 Retrieval-augmented generation\" data-node=\"t39\"><title>39 Retrieval-augmented generation</title>"))
                #expect(html.contains("class=\"node bridge-node\""))
                #expect(html.contains("id=\"bridge-cross-entropy\""))
            }
        }
    }

    @Test func importPageHasALabelledForm() async throws {
        try await page("/import", contains: ["<label for=\"directory\">Notes directory</label>", "name=\"directory\"", "name=\"_csrf\""])
    }

    @Test func practicePageShowsTheQuestionAndAnAnswerBox() async throws {
        let question = try #require(TestSupport.builtin.questions.first { $0.topics.contains("39") })
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let path = "/practice/" + question.id.addingPercentEncoding(withAllowedCharacters: allowed)!
        try await page(path, contains: [HTML.escape(question.text), "<label for=\"answer\">Your answer</label>", "data-countdown=\""])
        try await page("/practice/no-such-question", status: .notFound, contains: ["no question with that id"])
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            for uri in ["/", "/nope", "/api/topics", "/assets/coach.css"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.contains("default-src 'self'"), "\(uri)")
                    #expect(policy.contains("frame-ancestors 'none'"))
                    #expect(!policy.contains("unsafe-inline"))
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                    #expect(response.headers[HTTPFields.Element.Name("Referrer-Policy")!] == "no-referrer")
                }
            }
        }
    }

    @Test func pagesUseNoInlineScriptsOrStyles() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            for uri in ["/", "/ask", "/topics/rag", "/map", "/import"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(!html.contains("style="), "\(uri)")
                    #expect(!html.contains("<style"), "\(uri)")
                    #expect(!html.contains("<script>"), "\(uri)")
                    #expect(html.range(of: #" on[a-z]+=""#, options: .regularExpression) == nil, "\(uri): no inline event handlers")
                }
            }
        }
    }
}

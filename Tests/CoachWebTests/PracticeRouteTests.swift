import CoachCore
import CoachStore
@testable import CoachWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Saved practice: `/practice`, the answer post that saves before grading, rating, `/progress`.
@Suite struct PracticeRouteTests {
    static let question = TestSupport.builtin.questions.first { $0.topics.contains("39") && $0.reference != nil }!
    static var path: String { "/practice/" + pathSegment(question.id) }
    static let answer = """
        The goal is to keep each fact whole inside one chunk, so retrieval still finds it. \
        A simple baseline <script>alert(1)</script> is fixed 512-token chunks with 10% overlap, measured with recall@k on real queries. \
        It fails when facts span sections, and overlap grows the index, so it costs more storage. \
        So I would start with modest overlap and tune it against retrieval recall and cost.
        """

    /// Answers `question` and returns the page and the attempt id from its rating form.
    static func answer(_ client: some TestClientProtocol, cookie: String, token: String, text: String = answer) async throws -> (html: String, attempt: Int64?) {
        try await client.execute(uri: path, method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                 body: TestSupport.form([("_csrf", token), ("answer", text)])) { response in
            let html = String(buffer: response.body)
            let attempt = html.firstMatch(of: /name="attempt" value="(\d+)"/).flatMap { Int64($0.1) }
            return (html, attempt)
        }
    }

    @Test func practiceWithoutAnIdRedirectsToTheNextQuestion() async throws {
        let app = buildApplication(dependencies: try TestSupport.dependencies())
        try await app.test(.router) { client in
            try await client.execute(uri: "/practice", method: .get) { response in
                #expect(response.status == .seeOther)
                let location = try #require(response.headers[.location])
                #expect(location.hasPrefix("/practice/"))
            }
        }
    }

    @Test func anAnswerIsSavedGradedAndShownMarkedUpAndEscaped() async throws {
        let dependencies = try TestSupport.dependencies()
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client, page: Self.path)
            let (html, attemptID) = try await Self.answer(client, cookie: cookie, token: token)
            let id = try #require(attemptID, "the page has a rating form for the saved attempt")
            #expect(!html.contains("<script>alert(1)</script>"))
            #expect(html.contains("<mark class=\"move"))
            #expect(html.firstMatch(of: /<mark class="move[^"]*"[^>]*>[^<]*&lt;script&gt;alert\(1\)&lt;\/script&gt;/) != nil,
                    "the hostile text is escaped inside its mark: \(html.firstMatch(of: /<div class="answer-marked"[\s\S]*?<\/div>/).map { String($0.0) } ?? "no marked answer")")
            #expect(html.contains("Saved as attempt \(id)."))
            #expect(html.contains("Proposed rating: "))
            #expect(html.contains("action=\"\(Self.path)/rate\""))
            #expect(html.contains("name=\"_csrf\" value=\"\(token)\""))
            for rating in Rating.allCases { #expect(html.contains("name=\"rating\" value=\"\(rating.rawValue)\"")) }
            #expect(html.contains("Model answer"))

            let attempt = try #require(try dependencies.database.attempt(id: id))
            #expect(attempt.status == .graded)
            #expect(attempt.mode == .web)
            #expect(attempt.questionID == Self.question.id)
            #expect(attempt.proposedRating != nil)
            #expect(attempt.answerText.contains("<script>"))
        }
    }

    @Test func anEmptyAnswerIsNotSavedAndThePageSaysWhy() async throws {
        let dependencies = try TestSupport.dependencies()
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client, page: Self.path)
            try await client.execute(uri: Self.path, method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                     body: TestSupport.form([("_csrf", token), ("answer", "  \n ")])) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("Nothing was saved: an empty answer has nothing to keep."))
            }
            #expect(try dependencies.database.attemptCount(status: nil) == 0)
        }
    }

    @Test func anAnswerTheGraderRefusesIsStillSaved() async throws {
        let dependencies = try TestSupport.dependencies()
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client, page: Self.path)
            let long = String(repeating: "Overlap keeps facts whole. ", count: AnswerGrader.maximumAnswerLength / 20)
            try await client.execute(uri: Self.path, method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                     body: TestSupport.form([("_csrf", token), ("answer", long)])) { response in
                #expect(response.status == .badRequest)
                let html = String(buffer: response.body)
                #expect(html.contains("Could not grade this answer"))
                #expect(html.contains("It is saved as attempt"))
            }
            let unfinished = try dependencies.database.unfinishedAttempts()
            #expect(unfinished.count == 1)
            #expect(unfinished.first?.answerText == long.trimmed())
        }
    }

    @Test func ratingRecordsAReviewAndSaysWhenTheQuestionIsNextDue() async throws {
        let dependencies = try TestSupport.dependencies()
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client, page: Self.path)
            let id = try #require(try await Self.answer(client, cookie: cookie, token: token).attempt)
            #expect(try dependencies.database.card(for: Self.question.id) == nil)
            let rate = TestSupport.form([("_csrf", token), ("attempt", "\(id)"), ("rating", "3")])
            try await client.execute(uri: Self.path + "/rate", method: .post, headers: TestSupport.formHeaders(cookie: cookie), body: rate) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("Rated Good"))
                #expect(html.contains("This question is next due in "))
                #expect(html.contains("href=\"/practice\""))
            }
            #expect(try dependencies.database.card(for: Self.question.id) != nil)
            #expect(try dependencies.database.attempt(id: id)?.acceptedRating == .good)
            #expect(try dependencies.database.reviewLogs(questionID: Self.question.id).count == 1)

            // Rating the same attempt twice is refused; nothing more is recorded.
            try await client.execute(uri: Self.path + "/rate", method: .post, headers: TestSupport.formHeaders(cookie: cookie), body: rate) { response in
                #expect(response.status == .conflict)
            }
            #expect(try dependencies.database.reviewLogs(questionID: Self.question.id).count == 1)

            // A rating out of range, or for an attempt that is not there.
            for fields in [[("attempt", "\(id)"), ("rating", "7")], [("attempt", "999"), ("rating", "2")]] {
                try await client.execute(uri: Self.path + "/rate", method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                         body: TestSupport.form([("_csrf", token)] + fields)) { response in
                    #expect(response.status == .badRequest || response.status == .notFound)
                }
            }
        }
    }

    @Test func theNewFormsNeedAValidCSRFToken() async throws {
        let dependencies = try TestSupport.dependencies()
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            let (cookie, _) = try await TestSupport.csrf(client, page: Self.path)
            for (uri, fields) in [(Self.path, [("answer", "Overlap keeps facts whole.")]), (Self.path + "/rate", [("attempt", "1"), ("rating", "3")])] {
                try await client.execute(uri: uri, method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                         body: TestSupport.form([("_csrf", "forged")] + fields)) { response in
                    #expect(response.status == .forbidden, "\(uri)")
                }
            }
            #expect(try dependencies.database.attemptCount(status: nil) == 0)
        }
    }

    @Test func progressDrawsChartsFromThePractice() async throws {
        let dependencies = try TestSupport.dependencies()
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            try await client.execute(uri: "/progress", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("Nothing practised yet"))
                #expect(html.contains("id=\"chart-calendar\""))
            }
            let (cookie, token) = try await TestSupport.csrf(client, page: Self.path)
            let id = try #require(try await Self.answer(client, cookie: cookie, token: token).attempt)
            try await client.execute(uri: Self.path + "/rate", method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                     body: TestSupport.form([("_csrf", token), ("attempt", "\(id)"), ("rating", "3")])) { _ in }
            try await client.execute(uri: "/progress", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<h1>Your progress</h1>"))
                #expect(html.contains("id=\"attempt-count\">1<"))
                #expect(html.contains("id=\"streak\">1<"))
                for chart in ["chart-scores", "chart-retention", "chart-forecast", "chart-calendar"] {
                    #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart") && html.contains("id=\"\(chart)\""), "\(chart)")
                }
                #expect(html.contains("role=\"img\" aria-label=\"Average overall score"))
                #expect(html.contains("<title>Average overall score"))
                #expect(html.contains("class=\"dot series-"), "a point for the attempt's archetype")
                #expect(html.contains("class=\"day level-"))
                #expect(html.contains("<rect class=\"day level-1\""), "today is coloured")
                #expect(html.contains("<table>"))
                #expect(html.contains("aria-current=\"page\">Progress<"))
            }
            // The topic page's mastery comes from the store now.
            try await client.execute(uri: "/topics/39", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(!html.contains("No practice recorded on this topic yet"))
                #expect(html.contains("1 of "))
                #expect(html.contains("Expected recall today: "))
            }
        }
    }
}

@Suite struct PracticeAPITests {
    @Test func attemptsAndStatsReportThePractice() async throws {
        let dependencies = try TestSupport.dependencies()
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/attempts", method: .get) { response in
                #expect(response.status == .ok)
                let object = try TestSupport.object(response.body)
                #expect((object["attempts"] as? [Any])?.isEmpty == true)
            }
            let (cookie, token) = try await TestSupport.csrf(client, page: PracticeRouteTests.path)
            _ = try await PracticeRouteTests.answer(client, cookie: cookie, token: token)
            try await client.execute(uri: "/api/attempts?limit=5", method: .get) { response in
                let attempts = try #require(try TestSupport.object(response.body)["attempts"] as? [[String: Any]])
                #expect(attempts.count == 1)
                #expect(attempts.first?["mode"] as? String == "web")
                #expect(attempts.first?["question_id"] as? String == PracticeRouteTests.question.id)
                #expect((attempts.first?["started_at"] as? String)?.hasSuffix("Z") == true)
            }
            try await client.execute(uri: "/api/attempts?limit=0", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/stats", method: .get) { response in
                #expect(response.status == .ok)
                let stats = try TestSupport.object(response.body)
                #expect(stats["attempts"] as? Int == 1)
                #expect(stats["streak"] as? Int == 1)
                #expect((stats["due_forecast"] as? [Any])?.count == 14)
                #expect((stats["days_practised"] as? [Any])?.count == 1)
            }
        }
    }
}

@Suite struct TodayRouteTests {
    @Test func todayShowsDueReviewsThePlanTheStreakAndOneWayIn() async throws {
        let dependencies = try TestSupport.dependencies()
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<h2 id=\"today-heading\">Today</h2>"))
                #expect(html.contains("id=\"today-due\">0<"))
                #expect(html.contains("id=\"today-streak\">0<"))
                #expect(html.contains("id=\"today-plan\""))
                #expect(html.contains("Focus: "))
                #expect(html.contains("href=\"/practice\" class=\"button primary\" id=\"start-practising\""))
            }
            let (cookie, token) = try await TestSupport.csrf(client, page: PracticeRouteTests.path)
            _ = try await PracticeRouteTests.answer(client, cookie: cookie, token: token)
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body).contains("id=\"today-streak\">1<"))
            }
        }
    }
}

import CoachCore
import CoachStore
@testable import CoachWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct MockRouteTests {
    static let answer = """
        The goal is to ship something that moves the business metric. A simple baseline comes first and I would measure it offline. \
        It fails when the data drifts, so I would monitor it. So I would ship the baseline and iterate on the worst errors.
        """

    @Test func aMockRunsQuestionByQuestionWithFollowUpsAndEndsWithASavedScorecard() async throws {
        let dependencies = try TestSupport.dependencies()
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client, page: "/mock")
            let location = try await client.execute(uri: "/mock", method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                                    body: TestSupport.form([("_csrf", token), ("minutes", "20")])) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.location])
            }
            #expect(location.hasPrefix("/mock/"))
            var followUps = 0, steps = 0
            while steps < 12 {
                let page = try await client.execute(uri: location, method: .get) { String(buffer: $0.body) }
                guard let question = page.firstMatch(of: /name="question" value="([^"]*)"/)?.1 else {
                    #expect(page.contains("scorecard"))
                    #expect(page.contains("Overall "))
                    break
                }
                #expect(page.contains("data-countdown=\""))
                #expect(page.contains("Time budget: "))
                if page.contains("Interviewer follow-up") { followUps += 1 }
                let id = String(question).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
                    .replacingOccurrences(of: "&quot;", with: "\"")
                try await client.execute(uri: location, method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                         body: TestSupport.form([("_csrf", token), ("question", id), ("answer", Self.answer)])) { response in
                    #expect(response.status == .seeOther)
                }
                steps += 1
            }
            #expect(steps >= 3)
            #expect(followUps >= 1)
            let mocks = try dependencies.database.mocks()
            #expect(mocks.count == 1)
            #expect(mocks.first?.status == .finished)
            #expect(mocks.first?.scorecardJSON != nil)
            let attempts = try dependencies.database.attempts()
            #expect(attempts.count == steps)
            #expect(attempts.allSatisfy { $0.mode == .mock && $0.mockID == mocks.first?.id })
            try await client.execute(uri: "/mock", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("id=\"past-mocks\""))
                #expect(html.contains(" / 5"))
            }
        }
    }

    @Test func aMockCanEndEarlyAndItsFormsNeedTheToken() async throws {
        let dependencies = try TestSupport.dependencies()
        let app = buildApplication(dependencies: dependencies)
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client, page: "/mock")
            try await client.execute(uri: "/mock", method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                     body: TestSupport.form([("_csrf", "forged"), ("minutes", "20")])) { response in
                #expect(response.status == .forbidden)
            }
            #expect(try dependencies.database.mocks().isEmpty)
            try await client.execute(uri: "/mock", method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                     body: TestSupport.form([("_csrf", token), ("minutes", "5")])) { response in
                #expect(response.status == .badRequest)
            }
            let location = try await client.execute(uri: "/mock", method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                                    body: TestSupport.form([("_csrf", token), ("minutes", "30")])) { try #require($0.headers[.location]) }
            try await client.execute(uri: location, method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                     body: TestSupport.form([("_csrf", token), ("end", "1")])) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: location, method: .get) { response in
                #expect(String(buffer: response.body).contains("scorecard"))
            }
            #expect(try dependencies.database.mocks().first?.status == .finished)
            try await client.execute(uri: "/mock/999", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}

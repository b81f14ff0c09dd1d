import CoachCore
import CoachWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct FormTests {
    @Test func askShowsArchetypeTopicsScaffoldAndEscapesTheQuestion() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client)
            let body = TestSupport.form([("_csrf", token), ("question", "<script>alert(1)</script> Design a RAG system for customer support"), ("top", "6")])
            try await client.execute(uri: "/ask", method: .post, headers: TestSupport.formHeaders(cookie: cookie), body: body) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(!html.contains("<script>alert(1)</script>"))
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Design a RAG system"))
                #expect(html.contains("<h2 id=\"archetype-heading\">Archetype</h2>"))
                #expect(html.contains("badge archetype-design"))
                #expect(html.contains("Runner-up: ") || html.contains("Close call"))
                #expect(html.contains("href=\"/topics/rag\""))
                #expect(html.contains("because: "))
                #expect(html.contains("<h2 id=\"scaffold-heading\">Structure your answer</h2>"))
                #expect(html.contains("<h2 id=\"pitfalls-heading\">Pitfalls</h2>"))
                #expect(html.components(separatedBy: "<meter").count - 1 >= 7, "one for the archetype, one per topic")
            }
        }
    }

    @Test func anEmptyQuestionIsRefusedWithTheFormAgain() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client)
            let body = TestSupport.form([("_csrf", token), ("question", "   ")])
            try await client.execute(uri: "/ask", method: .post, headers: TestSupport.formHeaders(cookie: cookie), body: body) { response in
                #expect(response.status == .badRequest)
                let html = String(buffer: response.body)
                #expect(html.contains("class=\"field-error\""))
                #expect(html.contains("aria-invalid=\"true\""))
            }
        }
    }

    @Test func aFormPostWithoutAValidTokenIsForbidden() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client)
            let forged = CSRFTokens().issue()
            let cases: [(HTTPFields, [(String, String)])] = [
                (TestSupport.formHeaders, [("question", "Why overlap chunks?")]),                                   // no cookie, no field
                (TestSupport.formHeaders(cookie: cookie), [("question", "Why overlap chunks?")]),                  // cookie, no field
                (TestSupport.formHeaders(cookie: cookie), [("_csrf", "nonsense"), ("question", "Why?")]),          // wrong field
                (TestSupport.formHeaders(cookie: cookie), [("_csrf", forged), ("question", "Why?")]),              // another server's token
                (TestSupport.formHeaders(cookie: "coach_csrf=\(forged)"), [("_csrf", forged), ("question", "Why?")]), // planted pair
                (TestSupport.formHeaders, [("_csrf", token), ("question", "Why?")]),                               // field without cookie
            ]
            for (headers, fields) in cases {
                try await client.execute(uri: "/ask", method: .post, headers: headers, body: TestSupport.form(fields)) { response in
                    #expect(response.status == .forbidden)
                    #expect(String(buffer: response.body).contains("This form has expired"))
                }
            }
            for uri in ["/import", "/practice/rag-chunk-size-start"] {
                try await client.execute(uri: uri, method: .post, headers: TestSupport.formHeaders, body: TestSupport.form([("answer", "x")])) { response in
                    #expect(response.status == .forbidden, "\(uri)")
                }
            }
            try await client.execute(uri: "/ask", method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                     body: TestSupport.form([("_csrf", token), ("question", "Why overlap chunks in RAG?")])) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func oversizedFormsAreRefused() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client)
            let body = TestSupport.form([("_csrf", token), ("question", String(repeating: "a", count: RequestLimits.maximumBodyBytes + 10))])
            try await client.execute(uri: "/ask", method: .post, headers: TestSupport.formHeaders(cookie: cookie), body: body) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test func practiceGradesAnAnswerAndEscapesIt() async throws {
        let app = try TestSupport.app()
        let question = try #require(TestSupport.builtin.questions.first { $0.topics.contains("39") && $0.reference != nil })
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client)
            let answer = "<img src=x onerror=alert(1)> Overlap keeps a fact that crosses a chunk boundary whole, so retrieval still finds it."
            try await client.execute(uri: "/practice/" + pathSegment(question.id), method: .post, headers: TestSupport.formHeaders(cookie: cookie),
                                     body: TestSupport.form([("_csrf", token), ("answer", answer)])) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(!html.contains("<img src=x"))
                #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
                #expect(html.contains("How this answer would land"))
                #expect(html.contains("The seven moves"))
            }
        }
    }

    @Test func importReadsTheNotesSavesThemAndReloadsTheContent() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client, page: "/import")
            let body = TestSupport.form([("_csrf", token), ("directory", TestSupport.fixtureNotes.path)])
            try await client.execute(uri: "/import", method: .post, headers: TestSupport.formHeaders(cookie: cookie), body: body) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<h2 id=\"summary-heading\">Imported</h2>"))
                #expect(html.contains("new topic"))
                #expect(html.range(of: #"<code>[^<]+\.md:\d+</code>"#, options: .regularExpression) != nil, "warnings name file:line")
                #expect(html.contains("Already imported"))
            }
            // The new pack is in the library at once: its new topic has a page and its questions are listed.
            try await client.execute(uri: "/topics/91", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/questions?source=imported", method: .get) { response in
                let questions = try #require(try TestSupport.object(response.body)["questions"] as? [Any])
                #expect(!questions.isEmpty)
            }
        }
    }

    @Test func aDryRunImportSavesNothingAndAMissingFolderIsExplained() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            let (cookie, token) = try await TestSupport.csrf(client, page: "/import")
            let dryRun = TestSupport.form([("_csrf", token), ("directory", TestSupport.fixtureNotes.path), ("dry_run", "1")])
            try await client.execute(uri: "/import", method: .post, headers: TestSupport.formHeaders(cookie: cookie), body: dryRun) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("Read (not saved)"))
            }
            try await client.execute(uri: "/api/questions?source=imported", method: .get) { response in
                let object = try TestSupport.object(response.body)
                #expect((object["questions"] as? [Any])?.isEmpty == true)
            }
            let missing = TestSupport.form([("_csrf", token), ("directory", "/no/such/<folder>")])
            try await client.execute(uri: "/import", method: .post, headers: TestSupport.formHeaders(cookie: cookie), body: missing) { response in
                #expect(response.status == .unprocessableContent)
                let html = String(buffer: response.body)
                #expect(html.contains("/no/such/&lt;folder&gt;: no such directory"))
            }
        }
    }
}

/// Percent-encodes a question id as one path segment, as the pages do.
func pathSegment(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed)!
}

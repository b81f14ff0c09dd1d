import CoachCore
import CoachWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct APITests {
    func post(_ uri: String, _ body: ByteBuffer, headers: HTTPFields = TestSupport.jsonHeaders,
              _ check: @escaping @Sendable (TestResponse) async throws -> Void) async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .post, headers: headers, body: body) { try await check($0) }
        }
    }

    func expectError(_ response: TestResponse, _ status: HTTPResponse.Status, field: String?) throws {
        #expect(response.status == status)
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        let object = try TestSupport.object(response.body)
        #expect(object["error"] is String)
        #expect(object["field"] as? String == field)
    }

    @Test func askReturnsTheCommandLinesJSON() async throws {
        try await post("/api/ask", try TestSupport.json(["question": "Design a fraud detector for card payments", "top": 7])) { response in
            #expect(response.status == .ok)
            let object = try TestSupport.object(response.body)
            let archetype = try #require(object["archetype"] as? [String: Any])
            #expect(archetype["id"] as? String == "design")
            #expect(archetype["runner_up"] is [String: Any])
            #expect((object["topics"] as? [Any])?.count == 7)
            #expect(object["framework"] is [Any])
            #expect(object["bridges"] is [Any])
            #expect(object["pitfalls"] is [Any])
            #expect(object["question"] as? String == "Design a fraud detector for card payments")
        }
    }

    @Test func askAndGradeAnswerExactlyWhatTheCommandLinePrints() async throws {
        // The command line prints these same values through JSONEncoder with sorted keys.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let snapshot = TestSupport.snapshot
        let question = "Our recall dropped after we changed the tokenizer. Investigate."
        let routing = try encoder.encode(try snapshot.router.route(question, top: 5))
        try await post("/api/ask", try TestSupport.json(["question": question])) { response in
            #expect(Data(buffer: response.body) == routing)
        }
        let answer = "First I would check the data pipeline, then compare the old and new tokenizers on the same documents."
        let grade = try encoder.encode(try snapshot.grader.grade(answer: answer, for: try AnswerGrader.Prompt(question: question, reference: nil, keyPoints: nil, router: snapshot.router)))
        try await post("/api/grade", try TestSupport.json(["question": question, "answer": answer])) { response in
            #expect(Data(buffer: response.body) == grade)
        }
    }

    @Test func askRefusesBadInputNamingTheField() async throws {
        try await post("/api/ask", ByteBuffer(string: "{\"question\": ")) { try expectError($0, .badRequest, field: nil) }
        try await post("/api/ask", ByteBuffer(string: "")) { try expectError($0, .badRequest, field: nil) }
        try await post("/api/ask", try TestSupport.json(["top": 5])) { try expectError($0, .badRequest, field: "question") }
        try await post("/api/ask", try TestSupport.json(["question": 42])) { try expectError($0, .badRequest, field: "question") }
        try await post("/api/ask", try TestSupport.json(["question": "   "])) { try expectError($0, .badRequest, field: "question") }
        try await post("/api/ask", try TestSupport.json(["question": "Why?", "top": 0])) { try expectError($0, .badRequest, field: "top") }
        try await post("/api/ask", try TestSupport.json(["question": "Why?", "top": "five"])) { try expectError($0, .badRequest, field: "top") }
        try await post("/api/ask", ByteBuffer(string: "[1, 2]")) { try expectError($0, .badRequest, field: nil) }
    }

    @Test func theAPITakesOnlyJSON() async throws {
        let body = ByteBuffer(string: "question=Why")
        try await post("/api/ask", body, headers: TestSupport.formHeaders) { try expectError($0, .unsupportedMediaType, field: nil) }
        try await post("/api/grade", body, headers: [:]) { try expectError($0, .unsupportedMediaType, field: nil) }
        try await post("/api/ask", try TestSupport.json(["question": "Why does attention scale quadratically?"]),
                       headers: [.contentType: "application/json; charset=utf-8"]) { #expect($0.status == .ok) }
    }

    @Test func oversizedBodiesAreRefused() async throws {
        let big = try TestSupport.json(["question": "Why?", "answer": String(repeating: "word ", count: RequestLimits.maximumBodyBytes / 5 + 10)])
        try await post("/api/grade", big) { try expectError($0, .contentTooLarge, field: nil) }
    }

    @Test func gradeWithAQuestionAndReference() async throws {
        let body = try TestSupport.json([
            "question": "Why overlap chunks in RAG?",
            "reference": "Overlap keeps facts that cross a chunk boundary whole, so retrieval can still find them.",
            "answer": "Overlapping chunks keep a fact that crosses a boundary whole, so the retriever still finds it in one chunk.",
        ])
        try await post("/api/grade", body) { response in
            #expect(response.status == .ok)
            let object = try TestSupport.object(response.body)
            let scores = try #require(object["scores"] as? [String: Any])
            #expect(scores["overall"] is Int)
            #expect(scores["coverage"] is Int)
            #expect((object["moves"] as? [Any])?.count == 7)
            #expect((object["failure_modes"] as? [Any])?.count == 5)
            #expect(object["key_points"] is [Any])
            #expect((object["stats"] as? [String: Any])?["words"] as? Int == 19)
        }
    }

    @Test func gradeWithAQuestionFromTheBank() async throws {
        let question = try #require(TestSupport.builtin.questions.first { $0.reference != nil })
        try await post("/api/grade", try TestSupport.json(["question_id": question.id, "answer": "I would start from the goal and a baseline."])) { response in
            #expect(response.status == .ok)
            let object = try TestSupport.object(response.body)
            #expect(object["scores"] is [String: Any])
        }
    }

    @Test func gradeRefusesBadInputNamingTheField() async throws {
        try await post("/api/grade", try TestSupport.json(["question": "Why?"])) { try expectError($0, .badRequest, field: "answer") }
        try await post("/api/grade", try TestSupport.json(["answer": "Because."])) { try expectError($0, .badRequest, field: "question") }
        try await post("/api/grade", try TestSupport.json(["question": "Why?", "question_id": "x", "answer": "a"])) { try expectError($0, .badRequest, field: "question_id") }
        try await post("/api/grade", try TestSupport.json(["question_id": "no-such-question", "answer": "a"])) { try expectError($0, .notFound, field: "question_id") }
        try await post("/api/grade", try TestSupport.json(["question_id": "rag-chunk-size-start", "reference": "r", "answer": "a"])) { try expectError($0, .badRequest, field: "reference") }
        try await post("/api/grade", try TestSupport.json(["question": "Why?", "answer": ["not", "text"]])) { try expectError($0, .badRequest, field: "answer") }
        try await post("/api/grade", try TestSupport.json(["question": "Why?", "key_points": "one", "answer": "a"])) { try expectError($0, .badRequest, field: "key_points") }
        try await post("/api/grade", try TestSupport.json(["question": "Why?", "answer": String(repeating: "a ", count: AnswerGrader.maximumAnswerLength / 2 + 1)])) { try expectError($0, .badRequest, field: "answer") }
    }

    @Test func questionsFilterLikeTheCommandLine() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/questions?topic=rag&archetype=design&source=builtin&limit=3", method: .get) { response in
                #expect(response.status == .ok)
                let questions = try #require(try TestSupport.object(response.body)["questions"] as? [[String: Any]])
                #expect(!questions.isEmpty && questions.count <= 3)
                for question in questions {
                    #expect(question["archetype"] as? String == "design")
                    #expect((question["topics"] as? [String])?.contains("39") == true)
                }
            }
            try await client.execute(uri: "/api/questions", method: .get) { response in
                let questions = try #require(try TestSupport.object(response.body)["questions"] as? [Any])
                #expect(questions.count == TestSupport.builtin.questions.count)
            }
            for (query, field, status) in [("topic=nope", "topic", HTTPResponse.Status.notFound), ("archetype=poem", "archetype", .badRequest),
                                           ("source=web", "source", .badRequest), ("limit=-1", "limit", .badRequest), ("limit=many", "limit", .badRequest)] {
                try await client.execute(uri: "/api/questions?" + query, method: .get) { response in
                    try expectError(response, status, field: field)
                }
            }
        }
    }

    @Test func unknownAPIRoutesAnswerInJSON() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/nothing", method: .get) { try expectError($0, .notFound, field: nil) }
        }
    }
}

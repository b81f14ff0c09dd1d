import CoachCore
import CoachStore
import Foundation
import Hummingbird

/// `/mock`: past mocks and a form to start one. `/mock/:id`: the current question with its time
/// budget (or the scorecard once done); posting answers it, then the page moves on.
struct MockController {
    let content: LiveContent
    let mocks: MockService

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get(use: list)
        group.post(use: start)
        group.get(":id", use: show)
        group.post(":id", use: answer)
    }

    @Sendable func list(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        HTMLPage(MockPage.list(try mocks.database.mocks(), csrfToken: context.csrfToken))
    }

    @Sendable func start(_ request: Request, context: CoachRequestContext) async throws -> Response {
        let fields = try await FormRequest.fields(of: request, context: context)
        let minutes = fields["minutes"].flatMap { Int($0) } ?? MockService.defaultMinutes
        let record: MockInterviewRecord
        do {
            record = try mocks.start(minutes: minutes, library: await content.current.library)
        } catch let error as PracticeService.PracticeError {
            throw HTTPError(.badRequest, message: error.description)
        }
        return Self.redirect(record.id)
    }

    static func redirect(_ id: Int64) -> Response {
        Response(status: .seeOther, headers: [.location: "/mock/\(id)", .cacheControl: "no-store"])
    }

    func load(_ context: CoachRequestContext) throws -> MockInterview {
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }), let mock = try mocks.database.mock(id: id) else {
            throw HTTPError(.notFound, message: "There is no mock interview with that id; /mock lists them.")
        }
        return mock
    }

    @Sendable func show(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        let mock = try load(context)
        let library = await content.current.library
        if mock.record.status != .inProgress {
            return HTMLPage(MockPage.finished(mock, scorecard: MockService.scorecard(of: mock.record)))
        }
        let (answers, next) = mocks.progress(of: mock, library: library)
        guard let next else {
            let scorecard = try mocks.finish(mock, answers: answers)
            return HTMLPage(MockPage.finished(try load(context), scorecard: scorecard))
        }
        return HTMLPage(MockPage.step(next, mockID: mock.record.id, answered: answers.count, error: nil, answer: "",
                                      startedAt: mocks.practice.now().timeIntervalSince1970, csrfToken: context.csrfToken))
    }

    @Sendable func answer(_ request: Request, context: CoachRequestContext) async throws -> Response {
        let mock = try load(context)
        let snapshot = await content.current
        let fields = try await FormRequest.fields(of: request, context: context)
        guard mock.record.status == .inProgress else { return Self.redirect(mock.record.id) }
        let (answers, next) = mocks.progress(of: mock, library: snapshot.library)
        if fields["end"] != nil || next == nil {
            _ = try mocks.finish(mock, answers: answers)
            return Self.redirect(mock.record.id)
        }
        // A form from an earlier step (sent twice, or from another window) answers nothing.
        guard let next, fields["question"] == next.question.id else { return Self.redirect(mock.record.id) }
        let startedAt = fields["started"].flatMap(Double.init).map { Date(timeIntervalSince1970: $0) }
        do {
            try mocks.answer(fields["answer"] ?? "", step: next, mockID: mock.record.id, startedAt: startedAt, snapshot: snapshot)
        } catch {
            let message = (error as? PracticeService.PracticeError)?.description ?? "Could not save this answer: \(error)."
            return HTMLPage(MockPage.step(next, mockID: mock.record.id, answered: answers.count, error: message, answer: fields["answer"] ?? "",
                                          startedAt: startedAt?.timeIntervalSince1970, csrfToken: context.csrfToken), status: .badRequest)
                .response(from: request, context: context)
        }
        return Self.redirect(mock.record.id)
    }
}

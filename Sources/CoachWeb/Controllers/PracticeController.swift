import CoachCore
import Foundation
import Hummingbird

/// `/practice`: the next question (due cards first, then new ones). `/practice/:questionID`:
/// answer one question; the answer is saved as an attempt before it is graded. POST
/// `/practice/:questionID/rate`: accept or override the proposed rating and schedule the card.
/// Question ids hold `/` and `#`; links encode them as one segment, and a raw `/` is accepted too.
struct PracticeController {
    let content: LiveContent
    let practice: PracticeService

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get(use: next)
        group.get("**", use: show)
        group.post("**", use: post)
    }

    @Sendable func next(_ request: Request, context: CoachRequestContext) async throws -> Response {
        let library = await content.current.library
        guard let question = try practice.nextQuestion(library: library) else {
            return HTMLPage(Layout.page(title: "Practice", current: .practice) {
                H.h1 { "Practice" }
                H.section(.class("panel")) {
                    H.p { "Nothing is due and every question has been practised. Come back when reviews fall due." }
                    H.p {
                        H.a(.href("/import")) { "Import your own notes" }
                        " for more questions."
                    }
                }
            }).response(from: request, context: context)
        }
        return Response(status: .seeOther, headers: [.location: Paths.practice(question.id), .cacheControl: "no-store"])
    }

    @Sendable func show(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        let snapshot = await content.current
        let question = try Self.question(context.parameters.getCatchAll(), library: snapshot.library)
        return HTMLPage(PracticePage.render(question: question, library: snapshot.library, answer: "", grade: nil, error: nil,
                                            csrfToken: context.csrfToken, startedAt: practice.now().timeIntervalSince1970))
    }

    @Sendable func post(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        let snapshot = await content.current
        let segments = context.parameters.getCatchAll()
        if segments.count > 1, segments.last == "rate", snapshot.library.question(id: Self.id(segments)) == nil {
            return try await rate(request, context: context, question: try Self.question(segments.dropLast(), library: snapshot.library))
        }
        let question = try Self.question(segments, library: snapshot.library)
        let fields = try await FormRequest.fields(of: request, context: context)
        let answer = fields["answer"] ?? ""
        let startedAt = fields["started"].flatMap(Double.init).map { Date(timeIntervalSince1970: $0) }
        let limit = Double(PracticePage.suggestedMinutes(question) * 60)
        switch practice.submit(answer: answer, to: question, startedAt: startedAt, limit: limit, snapshot: snapshot) {
        case .graded(let attempt, let grade, let proposal, let seconds):
            return HTMLPage(PracticePage.render(
                question: question, library: snapshot.library, answer: attempt.answerText, grade: grade, error: nil, csrfToken: context.csrfToken,
                saved: PracticePage.Saved(attemptID: attempt.id, proposal: proposal, seconds: seconds)))
        case .ungraded(_, let reason), .refused(let reason):
            return HTMLPage(PracticePage.render(question: question, library: snapshot.library, answer: answer, grade: nil, error: reason,
                                                csrfToken: context.csrfToken, startedAt: startedAt?.timeIntervalSince1970),
                            status: .badRequest)
        }
    }

    func rate(_ request: Request, context: CoachRequestContext, question: Question) async throws -> HTMLPage {
        let fields = try await FormRequest.fields(of: request, context: context)
        guard let attemptID = fields["attempt"].flatMap({ Int64($0) }) else {
            throw HTTPError(.badRequest, message: "The rating form needs the attempt it rates (field “attempt”).")
        }
        guard let rating = fields["rating"].flatMap({ Int($0) }).flatMap(Rating.init(rawValue:)) else {
            throw HTTPError(.badRequest, message: "Choose a rating: 1 Again, 2 Hard, 3 Good or 4 Easy (field “rating”).")
        }
        let due: Date
        do {
            due = try practice.rate(questionID: question.id, attemptID: attemptID, rating: rating)
        } catch let error as PracticeService.PracticeError {
            switch error {
            case .notFound(let message): throw HTTPError(.notFound, message: message)
            case .conflict(let message): throw HTTPError(.conflict, message: message)
            }
        }
        return HTMLPage(PracticePage.rated(question: question, rating: rating, nextDue: PracticeService.describeDue(due, from: practice.now())))
    }

    static func id(_ segments: some Collection<Substring>) -> String {
        segments.joined(separator: "/").removingPercentEncoding ?? ""
    }

    static func question(_ segments: some Collection<Substring>, library: ContentLibrary) throws -> Question {
        let raw = segments.joined(separator: "/")
        guard raw.count <= 2000, let id = raw.removingPercentEncoding, let question = library.question(id: id) else {
            throw HTTPError(.notFound, message: "There is no question with that id. The topic pages list every question.")
        }
        return question
    }
}

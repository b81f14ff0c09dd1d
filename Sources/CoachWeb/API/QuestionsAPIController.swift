import CoachCore
import Hummingbird

/// `GET /api/questions?topic=&archetype=&source=&limit=` → `{"questions": [...]}`, as
/// `coach questions --format json` prints it.
struct QuestionsAPIController {
    let content: LiveContent

    enum Source: String, CaseIterable {
        case builtin, imported, all
    }

    struct QuestionList: Encodable {
        var questions: [Question]
    }

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get("questions", use: list)
    }

    @Sendable func list(_ request: Request, context: CoachRequestContext) async throws -> JSONBody<QuestionList> {
        let query = request.uri.queryParameters
        let library = await content.current.library
        var topic: String?
        if let name = query.get("topic"), !name.isEmpty {
            guard name.count <= 100, let found = library.topic(named: name) else {
                throw APIError(.notFound, "no topic '\(name.prefix(100))'; GET /api/topics lists them", field: "topic")
            }
            topic = found.number
        }
        var archetype: ArchetypeID?
        if let name = query.get("archetype"), !name.isEmpty {
            guard let id = ArchetypeID(rawValue: name) else {
                throw APIError.invalid("archetype", "'archetype' must be one of " + ArchetypeID.allCases.map(\.rawValue).joined(separator: ", "))
            }
            archetype = id
        }
        let sourceName = query.get("source").flatMap { $0.isEmpty ? nil : $0 } ?? "all"
        guard let source = Source(rawValue: sourceName) else {
            throw APIError.invalid("source", "'source' must be builtin, imported or all")
        }
        var limit = 0
        if let text = query.get("limit"), !text.isEmpty {
            guard let value = Int(text), value >= 0 else { throw APIError.invalid("limit", "'limit' must be a whole number, 0 for all") }
            limit = value
        }
        var questions = Self.filter(library.questions, topic: topic, archetype: archetype, source: source)
        if limit > 0 { questions = Array(questions.prefix(limit)) }
        return JSONBody(QuestionList(questions: questions))
    }

    static func filter(_ questions: [Question], topic: String?, archetype: ArchetypeID?, source: Source) -> [Question] {
        questions.filter { question in
            (topic.map { question.topics.contains($0) } ?? true)
                && (archetype.map { question.archetype == $0 } ?? true)
                && (source == .all || (source == .builtin) == (question.source.origin == .builtin))
        }
    }
}

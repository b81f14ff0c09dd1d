import Foundation
import Testing
@testable import CoachCore

@Suite struct PackLoaderTests {
    let result = PackLoader().load(directory: FixturePaths.badPack, id: "bad", name: "bad",
                                   catalog: PackLoader.loadBuiltin().pack.topics)

    func issue(_ file: String, _ text: String) -> ContentIssue? {
        result.issues.first { $0.file == file && $0.message.contains(text) }
    }

    @Test func malformedYAMLNamesFileAndLine() throws {
        let malformed = try #require(issue("moves.yaml", "malformed YAML"))
        #expect(malformed.severity == .error)
        #expect(malformed.line == 4)
    }

    @Test func missingFieldNamesTheFieldAndLine() throws {
        let missing = try #require(issue("topics/40-diffusion.yaml", "missing field 'summary'"))
        #expect(missing.line == 1)
    }

    @Test func semanticProblemsAreReported() throws {
        #expect(issue("archetypes.yaml", "unknown archetype 'invent'")?.line == 12)
        #expect(issue("topics/39-rag.yaml", "related topic '99'") != nil)
        #expect(issue("topics/39-rag.yaml", "1 concepts")?.severity == .warning)
        #expect(issue("questions/q.yaml", "'no-text' has no text")?.line == 8)
        #expect(issue("questions/q.yaml", "unknown topic '98'") != nil)
    }

    @Test func validEntriesStillLoad() {
        #expect(result.pack.archetypes.map(\.id) == [.design])
        #expect(result.pack.topics.map(\.number) == ["39"])
        #expect(result.pack.questions.map(\.id) == ["good-one", "bad-topic"])
        #expect(result.pack.questions.first?.source == SourceLocation(origin: .imported, file: "questions/q.yaml", line: 2))
    }
}

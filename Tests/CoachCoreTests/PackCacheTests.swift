import Foundation
import Testing
@testable import CoachCore

@Suite struct PackCacheTests {
    @Test func aCurrentCacheSkipsParsingAndAChangedPackIsReadAgain() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("coach-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let packDirectory = root.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: packDirectory.appendingPathComponent("topics"), withIntermediateDirectories: true)
        let topic = packDirectory.appendingPathComponent("topics/39-rag.yaml")
        try "number: \"39\"\nslug: rag\ntitle: RAG\nsummary: Retrieval. It grounds answers.\nconcepts:\n  - term: retrieval\n".write(to: topic, atomically: true, encoding: .utf8)

        let cache = PackCache(directory: root.appendingPathComponent("cache"))
        var loads = 0
        func load() -> PackLoadResult {
            cache.load(packDirectory: packDirectory, id: "test", name: "test") {
                loads += 1
                var result = PackLoader().load(directory: packDirectory, id: "test", name: "test")
                result.issues.removeAll { $0.severity == .warning }
                return result
            }
        }
        #expect(load().pack.topics.map(\.title) == ["RAG"])
        #expect(load().pack.topics.map(\.title) == ["RAG"])
        #expect(loads == 1, "the second load comes from the cache")

        try "number: \"39\"\nslug: rag\ntitle: Retrieval-augmented generation\nsummary: Retrieval. It grounds answers.\nconcepts:\n  - term: retrieval\n".write(to: topic, atomically: true, encoding: .utf8)
        #expect(load().pack.topics.map(\.title) == ["Retrieval-augmented generation"])
        #expect(loads == 2, "a changed file invalidates the cache")

        try Data("not json".utf8).write(to: root.appendingPathComponent("cache/test-pack.json"))
        #expect(load().pack.topics.count == 1, "a damaged cache is ignored")
    }
}

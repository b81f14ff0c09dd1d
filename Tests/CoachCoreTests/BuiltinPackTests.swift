import Foundation
import Testing
@testable import CoachCore

@Suite struct BuiltinPackTests {
    let result = PackLoader.loadBuiltin()
    var pack: Pack { result.pack }

    @Test func loadsWithoutAnyIssue() {
        #expect(result.issues.isEmpty, "\(result.issues.map(\.description).joined(separator: "\n"))")
    }

    @Test func hasEveryCatalogTopicWithSummaryAndConcepts() throws {
        #expect(pack.topics.count == 66)
        #expect(pack.topics.map(\.number) == (0...65).map { $0 < 10 ? "0\($0)" : "\($0)" })
        for topic in pack.topics {
            let sentences = SentenceSplitter.sentences(in: topic.summary).filter { !$0.hasSuffix(";") }
            #expect((2...5).contains(sentences.count), "\(topic.number) summary has \(sentences.count) sentences")
            #expect((8...20).contains(topic.concepts.count), "\(topic.number) has \(topic.concepts.count) concepts")
            #expect(!topic.related.isEmpty, "\(topic.number) has no related topics")
        }
        let abbreviations = Set(pack.topics.flatMap(\.concepts).flatMap(\.abbreviations))
        for expected in ["KV cache", "RAG", "KL"] {
            #expect(abbreviations.contains(expected), "no concept abbreviates as \(expected)")
        }
    }

    @Test func matchesTheSharedCatalogWhenPresent() throws {
        guard let shared = FixturePaths.shared else {
            print("skipped: ../shared is not beside the checkout")
            return
        }
        let tsv = try String(contentsOf: shared.appendingPathComponent("topics.tsv"), encoding: .utf8)
        let rows = tsv.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { $0[0] } == pack.topics.map(\.number))
        #expect(rows.map { $0[1] } == pack.topics.map(\.slug))
    }

    @Test func archetypesHaveTheirFrameworksInOrder() {
        let steps = Dictionary(uniqueKeysWithValues: pack.archetypes.map { ($0.id, $0.framework.map(\.id)) })
        #expect(steps[.design] == ["clarify", "frame", "data", "model", "serving", "monitoring"])
        #expect(steps[.train] == ["scaling", "architecture", "data-mixture", "stages", "evaluation"])
        #expect(steps[.why] == ["principle", "mechanism", "evidence", "limits"])
        #expect(steps[.debug] == ["data", "model", "evaluation", "shift", "cost"])
        #expect(steps[.tradeoff] == ["axes", "business", "curve", "operating-point"])
        for archetype in pack.archetypes {
            #expect(archetype.examples.count >= 5)
            #expect(archetype.cues.count >= 10)
            #expect(archetype.framework.allSatisfy { !$0.prompt.isEmpty && !$0.guidance.isEmpty })
        }
    }

    @Test func movesAndFailureModesAreComplete() {
        #expect(pack.moves.map(\.id) == MoveID.allCases)
        #expect(pack.moves.allSatisfy { $0.phrases.count >= 10 && !$0.why.isEmpty })
        #expect(Set(pack.failureModes.map(\.id)) == Set(FailureModeID.allCases))
        #expect(pack.failureModes.allSatisfy { !$0.example.before.isEmpty && !$0.example.after.isEmpty && !$0.advice.isEmpty })
        #expect(pack.gotchas.count >= 7)
        #expect(pack.gotchas.allSatisfy { !$0.wrong.isEmpty && !$0.better.isEmpty && !$0.example.after.isEmpty })
    }

    @Test func bridgesCoverTheFoundingDocument() throws {
        let expected: [String: Set<String>] = [
            "cross-entropy": ["43", "08", "25", "33", "19"],
            "bias-variance": ["27", "52", "47", "11"],
            "embeddings": ["39", "22", "38", "15", "36"],
            "attention": ["04", "05", "07", "63", "14"],
            "data-curation": ["62", "08", "39", "32"],
        ]
        for (id, topics) in expected {
            let bridge = try #require(pack.bridges.first { $0.id == id }, "missing bridge \(id)")
            #expect(topics.isSubset(of: Set(bridge.links.map(\.topic))), "\(id) misses links")
        }
        for id in ["losses-optimization-calibration", "attention-inference-serving", "data-pipeline-leakage-evaluation",
                   "architecture-training-judgment", "coding-debugging-mock"] {
            #expect(pack.bridges.contains { $0.id == id }, "missing bridge \(id)")
        }
        #expect(pack.bridges.allSatisfy { $0.links.allSatisfy { !$0.how.isEmpty } })
    }

    @Test func cheatsheetHasTheSevenAreas() {
        #expect(pack.cheatsheet.map(\.id) == ["classification", "optimization", "generalization", "inference", "alignment", "evaluation", "systems"])
        #expect(pack.cheatsheet.allSatisfy { $0.points.count >= 4 })
    }

    @Test func synthesisQuestionsHaveOutlinesAndKeyPoints() {
        let founding = pack.questions.filter { $0.source.file == "questions/synthesis.yaml" }
        let crossTopic = founding.filter { $0.kind == .crossTopic }
        let worked = founding.filter { $0.kind == .workedExample }
        #expect(crossTopic.count == 8)
        #expect(worked.count == 5)
        for question in crossTopic + worked {
            #expect(question.archetype != nil)
            #expect(question.topics.count >= 3)
            #expect((3...6).contains(question.keyPoints.count))
            #expect(question.outline.map(\.move) == MoveID.allCases, "\(question.id) outline is not the seven moves in order")
            #expect(question.reference?.isEmpty == false)
        }
    }
}

import Foundation
import Testing
@testable import CoachCore

@Suite struct NotesImporterTests {
    let catalog = PackLoader.loadBuiltin().pack.topics

    func importFixture() throws -> ImportResult {
        try NotesImporter(catalog: catalog).importDirectory(at: FixturePaths.notes.path)
    }

    @Test func fixtureTopicsAreMatchedMergedAndCreated() throws {
        let result = try importFixture()
        #expect(result.pack.topics.map(\.number) == ["04", "39", "65", "91"])
        let rag = try #require(result.pack.topics.first { $0.number == "39" })
        #expect(rag.slug == "rag", "a catalog number takes the catalog's slug")
        #expect(rag.sources == ["39_rag_extra", "39_rag_notes"])
        let quantum = try #require(result.pack.topics.first { $0.number == "91" })
        #expect(quantum.slug == "quantum-ml")
        #expect(quantum.title == "Quantum ml")
        #expect(result.summary.topics.first { $0.number == "91" }?.inCatalog == false)
        #expect(result.summary.warnings.contains { $0.file == "39_rag_notes" && $0.message.contains("2 folders") })
    }

    @Test func fixtureQuestionsInBothFormats() throws {
        let result = try importFixture()
        #expect(result.summary.questions == 16)
        #expect(result.summary.withReference == 11)
        #expect(result.summary.withoutReference == 5)

        let questions = Dictionary(uniqueKeysWithValues: result.pack.questions.map { ($0.id, $0) })
        let bm25 = try #require(questions["notes/39_rag_notes/INTERVIEW_GRILL.md#4"])
        #expect(bm25.text == "What is BM25?")
        #expect(bm25.section == "B. Scoring 🔍")
        #expect(bm25.source == SourceLocation(origin: .imported, file: "39_rag_notes/INTERVIEW_GRILL.md", line: 20))
        #expect(bm25.topics == ["39"])
        #expect(bm25.reference?.contains("It rewards rare query terms") == true)
        #expect(bm25.keyPoints.map(\.text).contains("It rewards rare query terms, e.g. product codes, and saturates term frequency"))

        let failures = try #require(questions["notes/39_rag_notes/INTERVIEW_GRILL.md#3"])
        #expect(failures.keyPoints.map(\.text) == [
            "the relevant chunk is not retrieved", "it is retrieved but ranked low", "the generator ignores it",
        ])
        let inline = try #require(questions["notes/39_rag_notes/INTERVIEW_GRILL.md#5"])
        #expect(inline.text == "Typical chunk size?")
        #expect(inline.reference == "Around 256 to 512 tokens; evaluate on your own data.")
        #expect(questions["notes/39_rag_notes/INTERVIEW_GRILL.md#8"]?.text == "Which HTML tags survive?")
        #expect(questions["notes/39_rag_notes/INTERVIEW_GRILL.md#9"]?.reference == nil)

        let plain = result.pack.questions.filter { $0.source.file == "65_security/INTERVIEW_GRILL.md" }
        #expect(plain.count == 4)
        #expect(plain.allSatisfy { $0.reference == nil && $0.keyPoints.isEmpty })
        #expect(plain.first?.section == "Section A — Injection (Q1–3)")
        #expect(plain.last?.section == "Section B — Defences")
    }

    @Test func everyEdgeCaseIsAWarningOrErrorWithFileAndLine() throws {
        let issues = try importFixture().summary.warnings
        func has(_ severity: ContentIssue.Severity, _ file: String, _ line: Int?, _ text: String) -> Bool {
            issues.contains { $0.severity == severity && $0.file == file && $0.line == line && $0.message.contains(text) }
        }
        #expect(has(.error, "39_rag_notes/INTERVIEW_GRILL.md", 44, "no text"))
        #expect(has(.error, "65_security/INTERVIEW_GRILL.md", 12, "no text"))
        #expect(has(.warning, "39_rag_notes/INTERVIEW_GRILL.md", 46, "HTML"))
        #expect(has(.warning, "65_security/EMPTY_NOTES.md", 1, "empty"))
        #expect(has(.warning, "91_quantum_ml/sub/QUANTUM_GRILL.md", 7, "never closed"))
        #expect(has(.warning, "04_transformers/INTERVIEW_GRILL.md", 5, "invalid UTF-8"))
        #expect(has(.warning, "91_quantum_ml/OLD_GRILL.txt", nil, "not Markdown"))
        #expect(issues.filter { $0.severity == .error }.count == 2)
    }

    @Test func linksInAllThreeStyles() throws {
        let links = try importFixture().pack.topicLinks
        let pairs = Set(links.map { "\($0.from)>\($0.to)" })
        #expect(pairs == ["39>43", "39>04", "39>29", "39>06", "91>05", "04>05"])
        let backticked = try #require(links.first { $0.from == "39" && $0.to == "43" })
        #expect(backticked.firstSeen.file == "39_rag_notes/INTERVIEW_GRILL.md")
        #expect(backticked.firstSeen.line == 3)
    }

    @Test func aTenMegabyteFileIsSkippedWithAWarningAndTheRestImports() throws {
        let copy = try FixturePaths.temporaryCopy(of: FixturePaths.notes)
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let line = "**1. Filler question?** filler answer text that repeats.\n"
        let huge = String(repeating: line, count: 10 * 1_048_576 / line.utf8.count + 1)
        try huge.write(to: copy.appendingPathComponent("39_rag_notes/HUGE_GRILL.md"), atomically: true, encoding: .utf8)

        let result = try NotesImporter(catalog: catalog).importDirectory(at: copy.path)
        #expect(result.summary.warnings.contains { $0.file == "39_rag_notes/HUGE_GRILL.md" && $0.message.contains("10.0 MB") })
        #expect(result.summary.questions == 16)
    }

    @Test func missingDirectoryAndFileAreUsageErrors() throws {
        let importer = NotesImporter(catalog: catalog)
        #expect(throws: ImportError.missingDirectory("/no/such/notes")) { try importer.importDirectory(at: "/no/such/notes") }
        let file = FixturePaths.notes.appendingPathComponent("README.md").path
        #expect(throws: ImportError.notADirectory(file)) { try importer.importDirectory(at: file) }
    }

    @Test func theRealCorpusImportsWhole() throws {
        guard let corpus = FixturePaths.corpus else {
            print("skipped: the corpus is not present (set COACH_CORPUS or put shared/ beside the checkout)")
            return
        }
        let result = try NotesImporter(catalog: catalog).importDirectory(at: corpus.path)
        let summary = result.summary
        // Every NN_ folder, 66 numbers in all, and every grill question: 2,973 bold ones with
        // answers and 250 in plain lists without (counted independently with grep).
        #expect(summary.topics.count == 66)
        #expect(summary.topics.flatMap(\.folders).count == 73)
        #expect(summary.questions == 3223)
        #expect(summary.withReference == 2973)
        #expect(summary.withoutReference == 250)
        #expect(summary.errorCount == 0)
        #expect(summary.links.count > 60)
        #expect(summary.links.contains { $0.from == "64" && $0.to == "29" })
        #expect(result.pack.questions.allSatisfy { $0.source.line != nil && !$0.text.isEmpty })
        let withPoints = result.pack.questions.filter { $0.reference != nil && !$0.keyPoints.isEmpty }
        #expect(withPoints.count == summary.withReference)
    }
}

import CoachCore
import Foundation
import GRDB
import Testing
@testable import CoachStore

@Suite struct CoachDatabaseTests {
    func sampleImport(source: String = "/notes/repo", questions: Int = 2) -> ImportResult {
        let pack = Pack(
            id: "repo", name: "repo",
            topics: [Topic(number: "39", slug: "rag", title: "RAG", sources: ["39_rag"])],
            questions: (1...questions).map {
                Question(id: "repo/39_rag/GRILL.md#\($0)", text: "Question \($0)?", topics: ["39"],
                         source: SourceLocation(origin: .imported, file: "39_rag/GRILL.md", line: $0))
            })
        let summary = ImportSummary(source: source, packID: "repo", topics: [], files: 1, questions: questions,
                                    withReference: 0, withoutReference: questions, links: [], warnings: [])
        return ImportResult(pack: pack, summary: summary)
    }

    @Test func savedImportsComeBackWhole() throws {
        let database = try CoachDatabase.inMemory()
        try database.saveImport(sampleImport())
        let packs = try database.importedPacks()
        #expect(packs.count == 1)
        #expect(packs[0].questions.map(\.id) == ["repo/39_rag/GRILL.md#1", "repo/39_rag/GRILL.md#2"])
        #expect(packs[0].topics.first?.sources == ["39_rag"])
    }

    @Test func importingTheSameDirectoryAgainReplacesIt() throws {
        let database = try CoachDatabase.inMemory()
        try database.saveImport(sampleImport(questions: 2))
        try database.saveImport(sampleImport(questions: 5))
        let records = try database.importedPackRecords()
        #expect(records.count == 1)
        #expect(records[0].questionCount == 5)
    }

    @Test func twoFoldersWithTheSameNameGetDistinctIDs() throws {
        let database = try CoachDatabase.inMemory()
        try database.saveImport(sampleImport(source: "/a/repo"))
        let second = try database.saveImport(sampleImport(source: "/b/repo"))
        #expect(second.id == "repo-2")
        let packs = try database.importedPacks()
        #expect(Set(packs.flatMap(\.questions).map(\.id)).count == 4, "question ids stay unique across packs")
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("coach-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = try CoachDatabase.open(path: path)
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        #expect {
            try CoachDatabase.open(path: path)
        } throws: { error in
            "\(error)".contains("newer version")
        }
    }

    @Test func aFileThatIsNotADatabaseGetsAClearError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("coach-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect {
            try CoachDatabase.open(path: path)
        } throws: { error in
            "\(error)".contains("not a coach database")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(repeating: 0x42, count: 4096), "the file is left untouched")
    }

    @Test func locationFollowsFlagThenEnvironmentThenXDG() {
        #expect(DatabaseLocation.resolve(explicit: "/x.sqlite", environment: ["COACH_DB": "/y.sqlite"]) == "/x.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["COACH_DB": "/y.sqlite"]) == "/y.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/data"]) == "/data/interview-coach/coach.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/home/u"]) == "/home/u/.local/share/interview-coach/coach.sqlite")
    }
}

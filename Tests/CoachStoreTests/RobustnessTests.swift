import CoachCore
import Foundation
import GRDB
import Synchronization
import Testing
@testable import CoachStore

@Suite struct RobustnessTests {
    @Test func aNewerDatabaseIsRefusedAndLeftAlone() throws {
        let file = TemporaryDatabaseFile()
        defer { file.cleanUp() }
        let database = try CoachDatabase.open(path: file.path)
        try database.startAttempt(questionID: "builtin/a", questionText: "A?", mode: .drill, at: march(3))
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v3-from-the-future')")
        }
        let error = storeError { _ = try CoachDatabase.open(path: file.path) }
        guard case .newerVersion(let path) = try #require(error) else {
            Issue.record("expected newerVersion, got \(String(describing: error))")
            return
        }
        #expect(path == file.path)
        #expect(try database.attemptCount() == 1)
    }

    @Test func aCorruptFileIsReportedWithItsPathAndNotModified() throws {
        let file = TemporaryDatabaseFile()
        defer { file.cleanUp() }
        var garbage = Data(count: 8192)
        for index in garbage.indices { garbage[index] = UInt8(truncatingIfNeeded: index &* 31 &+ 7) }
        try garbage.write(to: URL(fileURLWithPath: file.path))

        let error = storeError { _ = try CoachDatabase.open(path: file.path) }
        guard case .notADatabase(let path) = try #require(error) else {
            Issue.record("expected notADatabase, got \(String(describing: error))")
            return
        }
        #expect(path == file.path)
        #expect("\(try #require(error))".contains(file.path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file.path)) == garbage, "the file is left untouched")
        #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"), "and nothing is created beside it")
    }

    @Test func aLockedDatabaseFailsWithinTheBusyTimeoutAndKeepsItsData() throws {
        let file = TemporaryDatabaseFile()
        defer { file.cleanUp() }
        let first = try CoachDatabase.open(path: file.path)
        let kept = try first.startAttempt(questionID: "builtin/a", questionText: "A?", mode: .drill, answer: "kept", at: march(3))

        // Another process holds a write transaction for longer than the second connection waits.
        var holderConfiguration = Configuration()
        holderConfiguration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: file.path, configuration: holderConfiguration)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            try db.execute(sql: "UPDATE attempt SET answerText = 'uncommitted' WHERE id = ?", arguments: [kept.id])
        }

        let second = try CoachDatabase.open(path: file.path, busyTimeout: 0.2)
        let clock = ContinuousClock()
        var error: StoreError?
        let waited = clock.measure {
            error = storeError { try second.startAttempt(questionID: "builtin/b", questionText: "B?", mode: .drill, at: march(4)) }
        }
        guard case .locked(let path) = try #require(error) else {
            Issue.record("expected locked, got \(String(describing: error))")
            return
        }
        #expect(path == file.path)
        #expect("\(try #require(error))".contains("locked by another process"))
        #expect(waited >= .milliseconds(150) && waited < .seconds(3), "waited \(waited) for a 0.2 s busy timeout")
        #expect(storeError { try second.saveDraft(attemptID: kept.id, text: "lost?") } != nil)
        // Reading still works while the other transaction is open (WAL), and sees committed data only.
        #expect(try second.attempt(id: kept.id)?.answerText == "kept")

        try holder.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        try holder.close()
        #expect(try second.allAttempts().map(\.answerText) == ["kept"])
        try second.saveDraft(attemptID: kept.id, text: "now it saves")
        #expect(try first.attempt(id: kept.id)?.answerText == "now it saves")
    }

    @Test func aFailedWriteReportsWhyAndWritesNothing() throws {
        let database = try CoachDatabase.inMemory()
        try database.startAttempt(questionID: "builtin/a", questionText: "A?", mode: .drill, at: march(3))
        let error = storeError {
            try database.writing { db in
                try db.execute(sql: "INSERT INTO attempt (questionID, questionText, mode, startedAt, status) VALUES ('builtin/b', 'B?', 'drill', '2025-03-04', 'in-progress')")
                try db.execute(sql: "INSERT INTO attempt (questionID, questionText, mode, startedAt, status) VALUES ('builtin/c', 'C?', 'karaoke', '2025-03-04', 'in-progress')")
            }
        }
        let message = "\(try #require(error))"
        #expect(message.contains("refused the change"))
        #expect(message.contains("CHECK constraint failed"))
        #expect(message.contains("nothing was saved"))
        #expect(try database.allAttempts().map(\.questionID) == ["builtin/a"], "the first insert was rolled back too")
    }

    /// Root writes to read-only files, so this runs only as another user (CI, or
    /// `setpriv --reuid=nobody ... InterviewCoachPackageTests.xctest --filter aReadOnlyFile`).
    @Test(.enabled(if: geteuid() != 0, "root writes to read-only files"))
    func aReadOnlyFileIsRefusedUntouchedAndWorksOnceWritableAgain() throws {
        let file = TemporaryDatabaseFile()
        let files = FileManager.default
        defer {
            for suffix in ["", "-wal", "-shm"] {
                try? files.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path + suffix)
            }
            file.cleanUp()
        }
        do {
            let database = try CoachDatabase.open(path: file.path)
            try database.startAttempt(questionID: "builtin/a", questionText: "A?", mode: .drill, answer: "kept", at: march(3))
        }
        #expect(!files.fileExists(atPath: file.path + "-shm"), "closing the last connection removes the WAL files")
        try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)

        let error = storeError { _ = try CoachDatabase.open(path: file.path) }
        guard case .readOnly(let path) = try #require(error) else {
            Issue.record("expected readOnly, got \(String(describing: error))")
            return
        }
        #expect(path == file.path)
        #expect("\(try #require(error))".contains("cannot be written"))
        // SQLite would have created read-only -wal and -shm files that outlive fixing the file.
        #expect(!files.fileExists(atPath: file.path + "-wal") && !files.fileExists(atPath: file.path + "-shm"))

        try files.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        #expect(try CoachDatabase.open(path: file.path).allAttempts().map(\.answerText) == ["kept"])

        // A read-only companion file (left by another tool) is named in the error.
        #expect(files.createFile(atPath: file.path + "-shm", contents: Data(), attributes: [.posixPermissions: 0o444]))
        let companion = storeError { _ = try CoachDatabase.open(path: file.path) }
        #expect("\(try #require(companion))".hasPrefix(file.path + "-shm cannot be written"))
    }

    @Test func twoConnectionsReadAndWriteAtOnce() throws {
        let file = TemporaryDatabaseFile()
        defer { file.cleanUp() }
        let cli = try CoachDatabase.open(path: file.path)
        let web = try CoachDatabase.open(path: file.path)
        let mode = try cli.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")

        let perConnection = 40
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let database = worker == 0 ? cli : web
            for index in 0..<perConnection {
                do {
                    let attempt = try database.startAttempt(
                        questionID: "builtin/q\(worker)-\(index)", questionText: "Q?", mode: worker == 0 ? .drill : .web,
                        at: march(3).addingTimeInterval(Double(index)))
                    try database.saveDraft(attemptID: attempt.id, text: "draft \(index)")
                    try database.finishAttempt(id: attempt.id, answer: "answer \(index)", grade: try sampleGrade(overall: index))
                    _ = try database.attemptCount()
                    _ = try database.unfinishedAttempts()
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(try cli.attemptCount(status: .graded) == 2 * perConnection)
        #expect(try web.attemptCount(status: .graded) == 2 * perConnection)
        #expect(Set(try web.allAttempts().map(\.mode)) == [.drill, .web])
    }

    @Test func aVersionOneDatabaseIsMigratedWithItsImports() throws {
        let file = TemporaryDatabaseFile()
        defer { file.cleanUp() }
        do {
            let old = try DatabaseQueue(path: file.path)
            try CoachDatabase.migrator.migrate(old, upTo: "v1-imported-packs")
            try old.write { db in
                try ImportedPackRecord(
                    id: "notes", sourcePath: "/home/me/notes", name: "notes", importedAt: march(1), questionCount: 0,
                    packJSON: JSONEncoder().encode(Pack(id: "notes", name: "notes", topics: [], questions: [])),
                    summaryJSON: Data("{}".utf8)
                ).insert(db)
                #expect(try !db.tableExists("attempt"))
            }
            try old.close()
        }

        let database = try CoachDatabase.open(path: file.path)
        #expect(try database.importedPackRecords().map(\.sourcePath) == ["/home/me/notes"])
        #expect(try database.importedPacks().map(\.id) == ["notes"])
        let applied = try database.writer.read { db in try CoachDatabase.migrator.appliedIdentifiers(db) }
        #expect(applied == ["v1-imported-packs", "v2-practice"])
        let (tables, cardIndexes, logReferences) = try database.writer.read { db in
            (try ["attempt", "card", "reviewLog", "mockInterview"].filter { try db.tableExists($0) },
             try db.indexes(on: "card").map(\.columns),
             try db.foreignKeys(on: "reviewLog").map(\.destinationTable).sorted())
        }
        #expect(tables == ["attempt", "card", "reviewLog", "mockInterview"])
        #expect(cardIndexes.contains(["due"]))
        #expect(logReferences == ["attempt", "card"])
        try database.startAttempt(questionID: "notes/39_rag/GRILL.md#1", questionText: "Q?", mode: .drill, at: march(3))
        #expect(try database.attemptCount() == 1)
    }
}

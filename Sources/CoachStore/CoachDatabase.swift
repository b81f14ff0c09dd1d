import CoachCore
import Foundation
import GRDB

/// The coach's SQLite database: imported packs, and the practice record (attempts, cards,
/// review logs, mock interviews; see `CoachDatabase+Practice.swift` and `CoachDatabase+Stats.swift`).
/// One struct with intent-named methods; migrations never change once released.
///
/// Dates are stored in UTC to the millisecond (GRDB's text format), so a date read back can be
/// up to a millisecond earlier than the one written.
public struct CoachDatabase: Sendable {
    public let writer: any DatabaseWriter
    /// The file this database lives in (`:memory:` for a private in-memory database), named in errors.
    public let path: String

    /// Opens (creating when needed) the database file at `path`, in WAL mode so the CLI and the
    /// web app can use it at once. A write waits up to `busyTimeout` seconds for another
    /// connection's write to end before failing with `StoreError.locked`.
    public static func open(path: String, busyTimeout: TimeInterval = 5) throws(StoreError) -> CoachDatabase {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create its folder: \(error.localizedDescription)")
            }
        }
        try refuseReadOnly(path: path, directory: directory)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            return try CoachDatabase(writer: pool, path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.describe(error, path: path)
        }
    }

    /// SQLite would open a read-only file read-only and create its `-wal` and `-shm` files with
    /// the same read-only permissions, which then outlive a fix to the file's own permissions.
    /// So a file that cannot be written is refused before SQLite touches anything.
    private static func refuseReadOnly(path: String, directory: String) throws(StoreError) {
        let files = FileManager.default
        guard files.fileExists(atPath: path) else { return }
        var missingCompanion = false
        for file in [path, path + "-wal", path + "-shm"] {
            if !files.fileExists(atPath: file) {
                missingCompanion = true
            } else if !files.isWritableFile(atPath: file) {
                throw .readOnly(path: file)
            }
        }
        if missingCompanion && !files.isWritableFile(atPath: directory.isEmpty ? "." : directory) {
            throw .readOnly(path: directory.isEmpty ? "." : directory)
        }
    }

    /// A private in-memory database, for tests.
    public static func inMemory() throws(StoreError) -> CoachDatabase {
        do {
            return try CoachDatabase(writer: DatabaseQueue(), path: ":memory:")
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.describe(error, path: ":memory:")
        }
    }

    private init(writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        let migrator = Self.migrator
        let superseded = try writer.read { db in try migrator.hasBeenSuperseded(db) }
        if superseded {
            throw StoreError.newerVersion(path: path)
        }
        try migrator.migrate(writer)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-imported-packs") { db in
            try db.create(table: "importedPack") { table in
                table.primaryKey("id", .text)
                table.column("sourcePath", .text).notNull().unique()
                table.column("name", .text).notNull()
                table.column("importedAt", .datetime).notNull()
                table.column("questionCount", .integer).notNull()
                table.column("packJSON", .blob).notNull()
                table.column("summaryJSON", .blob).notNull()
            }
        }
        migrator.registerMigration("v2-practice", migrate: Self.createPracticeTables)
        return migrator
    }

    // MARK: - Imported packs

    /// Saves an import, replacing an earlier import of the same directory so nothing is duplicated.
    @discardableResult
    public func saveImport(_ result: ImportResult, at date: Date = Date()) throws(StoreError) -> ImportedPackRecord {
        do {
            let encoder = JSONEncoder()
            let packJSON = try encoder.encode(result.pack)
            let summaryJSON = try encoder.encode(result.summary)
            return try writer.write { db in
                let existing = try ImportedPackRecord.filter(Column("sourcePath") == result.summary.source).fetchOne(db)
                var id = existing?.id ?? result.pack.id
                if existing == nil {
                    // Two different folders with the same name get distinct ids.
                    var suffix = 2
                    while try ImportedPackRecord.fetchOne(db, key: id) != nil {
                        id = "\(result.pack.id)-\(suffix)"
                        suffix += 1
                    }
                }
                var pack = result.pack
                if id != pack.id { pack = Self.renamed(pack, to: id) }
                let record = ImportedPackRecord(
                    id: id, sourcePath: result.summary.source, name: pack.name, importedAt: date,
                    questionCount: pack.questions.count,
                    packJSON: id == result.pack.id ? packJSON : try encoder.encode(pack), summaryJSON: summaryJSON)
                try record.save(db)
                return record
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.describe(error, path: nil)
        }
    }

    public func importedPackRecords() throws(StoreError) -> [ImportedPackRecord] {
        do {
            return try writer.read { db in try ImportedPackRecord.order(Column("importedAt")).fetchAll(db) }
        } catch {
            throw StoreError.describe(error, path: nil)
        }
    }

    /// Every imported pack, decoded; a pack that no longer decodes is reported, not fatal.
    public func importedPacks() throws(StoreError) -> [Pack] {
        let decoder = JSONDecoder()
        var packs: [Pack] = []
        for record in try importedPackRecords() {
            do {
                packs.append(try decoder.decode(Pack.self, from: record.packJSON))
            } catch {
                throw StoreError.corruptRecord(what: "imported pack '\(record.id)'", reason: "\(error)")
            }
        }
        return packs
    }

    @discardableResult
    public func removeImport(id: String) throws(StoreError) -> Bool {
        do {
            return try writer.write { db in try ImportedPackRecord.deleteOne(db, key: id) }
        } catch {
            throw StoreError.describe(error, path: nil)
        }
    }

    private static func renamed(_ pack: Pack, to id: String) -> Pack {
        var renamed = pack
        let oldPrefix = pack.id + "/"
        renamed.id = id
        renamed.questions = pack.questions.map { question in
            var question = question
            if question.id.hasPrefix(oldPrefix) { question.id = id + "/" + question.id.dropFirst(oldPrefix.count) }
            return question
        }
        return renamed
    }
}

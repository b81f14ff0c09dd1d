import Foundation
import GRDB

/// What can go wrong with the database, said so that the user knows what to do.
public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case notADatabase(path: String)
    case locked(path: String?)
    case newerVersion(path: String)
    case corruptRecord(what: String, reason: String)
    /// The database file, one of its `-wal`/`-shm` companions or its folder (the path says which)
    /// cannot be written; nothing was saved.
    case readOnly(path: String?)
    /// The disk is full; nothing was saved.
    case diskFull(path: String?)
    /// The attempt, card or mock interview named does not exist.
    case notFound(String)
    /// A value the caller passed cannot be stored as it is; the message says which and why.
    case invalid(String)
    /// A text or document is longer than the store accepts; `unit` is "characters" or "bytes".
    case tooLarge(what: String, limit: Int, actual: Int, unit: String)
    /// Someone else (another window, the web app) changed the record since it was read.
    case conflict(String)
    case failed(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            "cannot open the database at \(path): \(reason)"
        case let .notADatabase(path):
            "\(path) is not a coach database (the file is corrupt or of another kind); move it aside and the coach will start a new one"
        case let .locked(path):
            "the database\(path.map { " at \($0)" } ?? "") is locked by another process; try again in a moment"
        case let .newerVersion(path):
            "the database at \(path) was written by a newer version of coach; upgrade coach, or use --db to point at another file"
        case let .corruptRecord(what, reason):
            "the stored \(what) cannot be read (\(reason)); import it again"
        case let .readOnly(path):
            "\(path ?? "the database") cannot be written (check the permissions of the database file, its -wal and -shm files and its folder, or use --db to point at another file); nothing was saved"
        case let .diskFull(path):
            "the disk holding the database\(path.map { " at \($0)" } ?? "") is full; free some space and try again (nothing was saved)"
        case let .notFound(what):
            "there is no \(what) in the database"
        case let .invalid(message):
            message
        case let .tooLarge(what, limit, actual, unit):
            "the \(what) is too long to save: \(actual) \(unit), the limit is \(limit); shorten it"
        case let .conflict(message):
            message
        case let .failed(message):
            message
        }
    }

    static func describe(_ error: any Error, path: String?) -> StoreError {
        if let store = error as? StoreError { return store }
        if let database = error as? DatabaseError {
            switch database.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .notADatabase(path: path ?? "the database")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .locked(path: path)
            case .SQLITE_READONLY:
                return .readOnly(path: path)
            case .SQLITE_FULL:
                return .diskFull(path: path)
            case .SQLITE_CANTOPEN, .SQLITE_PERM:
                return .cannotOpen(path: path ?? "the database", reason: database.message ?? "\(database.resultCode)")
            case .SQLITE_CONSTRAINT:
                return .failed("the database refused the change (\(database.message ?? "a constraint failed")); nothing was saved")
            default:
                return .failed("database error: \(database.message ?? "\(database.resultCode)")")
            }
        }
        return .failed("\(error)")
    }
}

import Foundation
import GRDB

/// What can go wrong with the database, said so that the user knows what to do.
public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case notADatabase(path: String)
    case locked(path: String?)
    case newerVersion(path: String)
    case corruptRecord(what: String, reason: String)
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
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
                return .cannotOpen(path: path ?? "the database", reason: database.message ?? "\(database.resultCode)")
            default:
                return .failed("database error: \(database.message ?? "\(database.resultCode)")")
            }
        }
        return .failed("\(error)")
    }
}

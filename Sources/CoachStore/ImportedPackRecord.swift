import Foundation
import GRDB

/// One imported notes repository, stored whole as JSON beside the facts we query by.
public struct ImportedPackRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "importedPack"

    public var id: String
    /// The absolute path the notes were imported from; importing it again replaces this row.
    public var sourcePath: String
    public var name: String
    public var importedAt: Date
    public var questionCount: Int
    public var packJSON: Data
    public var summaryJSON: Data
}
